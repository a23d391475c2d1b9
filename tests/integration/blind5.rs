//! Accuracy on the fifth blind campaign (`tests/blind5/campaign/`, made by `tests/blind5/make.py`
//! with a fifth author's conventions — an issue-history table whose last row is the current
//! revision, "Mã hiệu … – Lần ban hành …" on one line, dates only in the approving decision's
//! line, edition stated in the page header, codes with "Đ", NFD and undiacritised headings — and
//! labelled by hand in `tests/blind5/expected.toml`): the real readers and analysis on files no
//! rule was written from.

use crate::scoring::score_campaign;

#[test]
fn blind5_campaign_meets_accuracy_targets() {
    score_campaign("tests/blind5/campaign", "tests/blind5/expected.toml")
        .assert_targets(&["status", "kind"]);
}
