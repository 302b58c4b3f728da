using System.Runtime.CompilerServices;

// The report's escaping and caps are internal details that its tests pin down directly.
// (InternalsVisibleTo allows duplicates, so another folder declaring the same is harmless.)
[assembly: InternalsVisibleTo("Conformance.Harness.Tests")]
