# Ranges of code points that are NOT printable in Unicode 14.0 (CPython 3.11's unicodedata version): general
# categories Cc Cf Cs Co Cn Zl Zp Zs, minus U+0020. Uses Perl's own Unicode 14.0 tables (Unicode::UCD).
use Unicode::UCD qw(prop_invlist);
my @np = (0) x 0;
my %set;
for my $gc (qw(Cc Cf Cs Co Cn Zl Zp Zs)) {
    my @inv = prop_invlist("General_Category=$gc");
    for (my $i = 0; $i < @inv; $i += 2) {
        my $lo = $inv[$i]; my $hi = ($i + 1 < @inv) ? $inv[$i+1] - 1 : 0x10FFFF;
        push @np, [$lo, $hi];
    }
}
@np = sort { $a->[0] <=> $b->[0] } @np;
my @merged;
for my $r (@np) {
    my ($lo, $hi) = @$r;
    # split out the space
    if ($lo <= 0x20 && 0x20 <= $hi) {
        push @merged, [$lo, 0x1F] if $lo <= 0x1F;
        $lo = 0x21; next if $lo > $hi;
    }
    if (@merged && $merged[-1][1] + 1 >= $lo) { $merged[-1][1] = $hi if $hi > $merged[-1][1]; }
    else { push @merged, [$lo, $hi]; }
}
printf "0x%X,0x%X\n", @$_ for @merged;
