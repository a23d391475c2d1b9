//! Accuracy on the second blind campaign (`tests/blind2/campaign/`, made by `tests/blind2/make.py` with
//! three more unseen templates and labelled by hand in `tests/blind2/expected.toml`):
//! the real readers and analysis on DOCX/PDF files no rule was written from.

use crate::scoring::score_campaign;

#[test]
fn blind2_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind2/campaign", "tests/blind2/expected.toml")
        .assert_targets(&["status", "kind"]);
}
