#!/usr/bin/env pwsh
# The main entry point (PowerShell 7, run as a local dotnet tool):
#   dotnet tool restore && dotnet pwsh ./run.ps1            build, run every stage over corpus/ against python3,
#                                                           write reports/latest/, print the summary and the report's path
#   dotnet pwsh ./run.ps1 run|report|... ARGS               forward ARGS to the harness CLI
#   dotnet pwsh ./run.ps1 pyref ARGS                        run the reference interpreter with CPython's command line
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

$configuration = 'Release'
dotnet build Conformance.sln -c $configuration --nologo -v quiet | Out-Host
if ($LASTEXITCODE -ne 0) { Write-Error "build failed"; exit 2 }

$harness = Join-Path $PSScriptRoot "harness/Harness/bin/$configuration/net10.0/harness.dll"
$pyref = Join-Path $PSScriptRoot "interpreter/Cli/bin/$configuration/net10.0/pyref.dll"

if ($args.Count -gt 0 -and $args[0] -eq 'pyref') {
    $rest = @($args | Select-Object -Skip 1)
    & dotnet $pyref @rest
    exit $LASTEXITCODE
}

if ($args.Count -gt 0) {
    & dotnet $harness @args
    exit $LASTEXITCODE
}

# The main job: the curated corpus through every stage against python3.
$out = Join-Path $PSScriptRoot 'reports/latest'
# --from-pyc: the run stage runs CPython-compiled .pyc files until the reference compiler lands (then drop it).
& dotnet $harness run corpus --oracle python3 --impl reference --from-pyc --out $out --junit (Join-Path $out 'junit.xml')
$status = $LASTEXITCODE
# Divergences (exit 1) are findings, not a failure of the job; usage or setup errors (2) are.
if ($status -ge 2) { exit $status }
exit 0
