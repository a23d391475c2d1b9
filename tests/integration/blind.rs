//! Accuracy on the blind campaign (`tests/blind/campaign/`, made by `tests/blind/make.py` with
//! three other consulting firms' templates and labelled by hand in `tests/blind/expected.toml`):
//! the real readers and analysis on DOCX/PDF files no rule was written from.

use crate::scoring::score_campaign;

#[test]
fn blind_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind/campaign", "tests/blind/expected.toml")
        .assert_targets(&["status", "kind"]);
}
