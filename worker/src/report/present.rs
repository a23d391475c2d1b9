//! How the printed and web reports name things compactly: a document by its code, an action
//! with the document it goes into, a file's type, a finding rule by its sentence.

use crate::analyse::catalogue;
use crate::analyse::kinds::Action;
use crate::read::Format;

use super::labels;
use super::model::{DocumentEntry, Lang, Report};

/// The short name people use for a document: its code (QT-SCT-01) when it has one, else its
/// file name without folder and extension. Evidence lists of 50 TTHC procedures stay readable
/// this way; the full paths are in the migration plan.
pub fn short_name(report: &Report, path: &str) -> String {
    let code = report
        .documents
        .iter()
        .find(|d| d.path == path)
        .and_then(|d| d.code.as_deref())
        .map(str::trim)
        .filter(|c| !c.is_empty());
    if let Some(code) = code {
        return code.to_string();
    }
    let file = path.rsplit('/').next().unwrap_or(path);
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 5 => stem.to_string(),
        _ => file.to_string(),
    }
}

/// The short names of `paths`, joined for one line of a table cell.
pub fn short_names(report: &Report, paths: &[String]) -> String {
    paths
        .iter()
        .map(|p| short_name(report, p))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What to do with a document, as one instruction: "Hợp nhất vào: Quy trình kiểm soát thông
/// tin dạng văn bản" rather than an action and a target in two columns.
pub fn action_text(d: &DocumentEntry, lang: Lang) -> String {
    let target = d.target.map(|t| labels::kind(t, lang));
    match (d.action, target, lang) {
        (Action::Merge, Some(t), Lang::Vi) => format!("Hợp nhất vào: {t}"),
        (Action::Replace, Some(t), Lang::Vi) => format!("Thay bằng: {t}"),
        (Action::Merge, Some(t), Lang::En) => format!("Merge into: {t}"),
        (Action::Replace, Some(t), Lang::En) => format!("Replace by: {t}"),
        (action, _, _) => labels::action(action, lang).to_string(),
    }
}

/// The file type tag: DOCX, PDF, or the file's own extension for the formats not read, so a
/// list of unsupported files says ".DOC" or ".JPG" instead of a dash.
pub fn file_type(d: &DocumentEntry) -> String {
    match d.format {
        Format::Docx | Format::Pdf => labels::format(d.format).to_string(),
        Format::Other => {
            let file = d.path.rsplit('/').next().unwrap_or(&d.path);
            match file.rsplit_once('.') {
                Some((stem, ext)) if !stem.is_empty() && !ext.is_empty() && ext.len() <= 6 => {
                    format!(".{}", ext.to_uppercase())
                }
                _ => labels::format(d.format).to_string(),
            }
        }
    }
}

/// A finding rule as a sentence, for tables that count rules over many agencies: the
/// catalogue's message with the agency-specific parts (`{docs}`, `{detail}`) taken out. Unknown
/// ids give `None` and the caller shows the id.
pub fn rule_sentence(id: &str, lang: Lang) -> Option<String> {
    let rule = catalogue::ALL.iter().find(|r| r.id == id)?;
    let template = match lang {
        Lang::Vi => rule.message_vi,
        Lang::En => rule.message_en,
    };
    let s = strip_template_slots(template);
    (!s.is_empty()).then_some(s)
}

/// Removes the template's `{detail}` slots and what only made sense with them: a count becomes "một
/// số"/"some", a year becomes "the assessment year", a bracket or a list introduced by ": " or
/// "; " that holds a slot goes.
fn strip_template_slots(template: &str) -> String {
    let mut s = template.to_string();
    for (from, to) in [
        ("năm {detail}", "trong năm đánh giá"),
        ("for {detail}", "for the assessment year"),
        (" {detail} tệp", " một số tệp"),
    ] {
        s = s.replace(from, to);
    }
    if let Some(rest) = s.strip_prefix("{detail} ") {
        s = match rest.contains("tệp") || rest.contains("TTHC đã") {
            true => format!("Một số {rest}"),
            false => format!("Some {rest}"),
        };
    }
    // Brackets that hold a slot go entirely.
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        if !rest[open..close].contains('{') {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    // Every other slot goes with the ": " or "; " that introduced it.
    while let Some(at) = out.find('{') {
        let end = out[at..].find('}').map_or(out.len(), |e| at + e + 1);
        let before = &out[..at];
        let from = if before.ends_with('.') {
            at
        } else {
            before
                .rfind("; ")
                .or_else(|| before.rfind(": "))
                .unwrap_or(at)
        };
        out.replace_range(from..end, "");
    }
    let mut out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    while out.ends_with(['.', ' ', ',']) {
        out.pop();
    }
    if !out.is_empty() {
        out.push('.');
    }
    out
}

/// "Replace 1 · Merge 4 · Revise 27 · Keep 8": how many readable documents each action touches,
/// in the order a class works through them; shown above the migration plan in every format.
pub fn action_counts(report: &Report) -> Vec<String> {
    [
        Action::Replace,
        Action::Merge,
        Action::Revise,
        Action::Retire,
        Action::Keep,
    ]
    .into_iter()
    .filter_map(|action| {
        let n = report
            .documents
            .iter()
            .filter(|d| d.status == crate::read::Status::Analysed && d.action == action)
            .count();
        (n > 0).then(|| format!("{} {n}", labels::action(action, report.lang)))
    })
    .collect()
}

/// Findings grouped by severity, most severe first, empty groups left out: the order a trainer
/// goes through them in every format.
pub fn findings_by_severity(
    report: &Report,
) -> Vec<(super::model::Severity, Vec<&super::model::Finding>)> {
    super::counts::SEVERITIES
        .into_iter()
        .map(|severity| {
            let group: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            (severity, group)
        })
        .filter(|(_, group)| !group.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn short_names_prefer_codes_then_file_names() {
        let report = fixtures::department_2008();
        let with_code = report.documents.iter().find(|d| d.code.is_some()).unwrap();
        assert_eq!(
            short_name(&report, &with_code.path),
            with_code.code.clone().unwrap()
        );
        assert_eq!(
            short_name(&report, "Ho so/Bien ban hop 2024.docx"),
            "Bien ban hop 2024"
        );
        assert_eq!(short_name(&report, "README"), "README");
        assert_eq!(
            short_names(&report, &["a/x.pdf".into(), "y.docx".into()]),
            "x, y"
        );
    }

    #[test]
    fn merge_and_replace_name_their_target() {
        let report = fixtures::department_2008();
        let merge = report
            .documents
            .iter()
            .find(|d| d.action == Action::Merge && d.target.is_some())
            .unwrap();
        let text = action_text(merge, Lang::Vi);
        assert!(text.starts_with("Hợp nhất vào: "), "{text}");
        assert!(text.ends_with(labels::kind(merge.target.unwrap(), Lang::Vi)));
        let keep = report
            .documents
            .iter()
            .find(|d| d.action == Action::Revise)
            .unwrap();
        assert_eq!(action_text(keep, Lang::Vi), "Sửa đổi");
    }

    #[test]
    fn unsupported_files_show_their_extension() {
        let report = fixtures::department_2008();
        for d in &report.documents {
            let t = file_type(d);
            match d.format {
                Format::Other if d.path.contains('.') => assert!(t.starts_with('.'), "{t}"),
                Format::Docx => assert_eq!(t, "DOCX"),
                Format::Pdf => assert_eq!(t, "PDF"),
                Format::Other => {}
            }
        }
    }

    #[test]
    fn every_rule_has_a_clean_sentence() {
        for rule in catalogue::ALL {
            for lang in [Lang::Vi, Lang::En] {
                let s = rule_sentence(rule.id, lang).unwrap_or_default();
                assert!(!s.is_empty(), "{} {lang:?}", rule.id);
                for bad in ["{", "}", "()", ":.", ";.", " ,", "  ", "e.g.doc", "dụ.doc"] {
                    assert!(!s.contains(bad), "{} {lang:?}: {s}", rule.id);
                }
                assert!(
                    s.ends_with('.') && !s.ends_with("..") && !s.ends_with(" ."),
                    "{} {lang:?}: {s}",
                    rule.id
                );
            }
        }
        assert_eq!(rule_sentence("no-such-rule", Lang::Vi), None);
        assert_eq!(
            strip_template_slots("Mục tiêu chưa đủ (thiếu: {detail}): {docs}."),
            "Mục tiêu chưa đủ."
        );
        assert_eq!(
            strip_template_slots("Không có kế hoạch năm {detail}.{docs}"),
            "Không có kế hoạch trong năm đánh giá."
        );
        assert_eq!(
            strip_template_slots(
                "Không đọc được {detail} tệp; nội dung chưa được đánh giá: {docs}."
            ),
            "Không đọc được một số tệp."
        );
    }
}
