//! Accuracy on the eighth blind campaign (`tests/blind8/campaign/`, made by `tests/blind8/make.py`
//! as commune clerks typed their files years ago — TCVN3 (.VnTime/.VnTimeH) and VNI-Times runs,
//! legacy fonts set only in a style, Unicode titles over legacy bodies, NFD pastes, "Ð" for "Đ",
//! fields as plain or tab-separated lines, codes only in file names, tab-built tables, Word 97
//! compatibility settings — and labelled by hand in `tests/blind8/expected.toml`): the real
//! readers and analysis on files no rule was written from.

use crate::scoring::score_campaign;

#[test]
fn blind8_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind8/campaign", "tests/blind8/expected.toml")
        .assert_targets(&["status", "kind"]);
}
