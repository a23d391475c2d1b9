//! Vietnamese text as it really arrives: NFC/NFD, two tone-mark placements, capitals, missing
//! diacritics and legacy TCVN3/VNI 8-bit fonts.

pub mod fuzzy;
pub mod legacy;
pub mod normalize;
mod syllable;
