//! English numbers written as words, shared by the checks that read them:
//! the claims' figure scanner and counts, and the speaker reader's test for
//! a phrase that counts rather than names ("two states").

/// "zero" to "nineteen", each at its value's index.
pub const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// "twenty" to "ninety"; the value of `TENS[i]` is `20 + 10 * i`.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
