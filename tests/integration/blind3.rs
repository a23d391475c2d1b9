//! Accuracy on the third blind campaign (`tests/blind3/campaign/`, made by `tests/blind3/make.py`
//! with a third firm's templates — text-box covers, 4-column field tables, "Thủ tục" titles — and
//! labelled by hand in `tests/blind3/expected.toml`): the real readers and analysis on DOCX/PDF
//! files no rule was written from.

use crate::scoring::score_campaign;

#[test]
fn blind3_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind3/campaign", "tests/blind3/expected.toml")
        .assert_targets(&["status", "kind"]);
}
