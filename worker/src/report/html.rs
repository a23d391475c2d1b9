//! `report.html`: the gap report as one self-contained web page (inline CSS, no scripts, no
//! external references), printable on A4 with the clause colours kept.

use std::fmt::Write as _;

use crate::read::Status;

use super::counts::{DocumentCounts, SEVERITIES, STATUSES, SeverityCounts, StatusCounts};
use super::labels::{self, ClauseRow};
use super::model::{ClauseStatus, Lang, Report};
use super::{present, reasons};

/// Escapes text for HTML element content and double- or single-quoted attributes. Paths and
/// titles come from files we do not control, so everything user-derived goes through here.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in HTML text; they only come from broken files.
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The `lang` attribute for a report language.
pub(crate) fn lang_attr(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    }
}

/// The CSS class of a clause status; the same classes drive the report grid and the campaign
/// heat map.
pub(crate) fn status_class(status: Option<ClauseStatus>) -> &'static str {
    match status {
        Some(ClauseStatus::Covered) => "st-covered",
        Some(ClauseStatus::Partial) => "st-partial",
        Some(ClauseStatus::Missing) => "st-missing",
        None => "st-none",
    }
}

/// Stylesheet rules shared by the report and the campaign overview. The print block keeps the
/// status fills (browsers drop backgrounds by default) and stops rows splitting across pages.
pub(crate) fn base_css() -> String {
    let mut css = String::from(
        "body{font-family:\"Times New Roman\",Times,serif;font-size:13pt;line-height:1.4;\
color:#1a1a1a;margin:1.5em auto;max-width:60em;padding:0 1em}\
h1{font-size:1.5em;text-align:center;margin:0.2em 0}\
h2{font-size:1.2em;border-bottom:1px solid #888;margin-top:1.6em}\
h3{font-size:1.05em}\
.sub{text-align:center;font-style:italic;margin-top:0}\
table{border-collapse:collapse;width:100%;margin:0.6em 0}\
th,td{border:1px solid #999;padding:0.25em 0.4em;vertical-align:top;text-align:left}\
th{background:#d9d9d9}\
td.num{text-align:right}\
.path{font-family:monospace;font-size:0.85em;overflow-wrap:anywhere}\
.small{font-size:0.85em}\
td.c{text-align:center}\
.muted{color:#555}\
.legend span{display:inline-block;padding:0.1em 0.6em;margin-right:0.5em;border:1px solid #999}\
@media print{body{margin:0;max-width:none;font-size:11pt}\
.grid li,td,th,.legend span{-webkit-print-color-adjust:exact;print-color-adjust:exact}\
tr,li,article{break-inside:avoid;page-break-inside:avoid}\
h2,h3{break-after:avoid;page-break-after:avoid}\
@page{size:A4;margin:15mm}}",
    );
    for status in [
        Some(ClauseStatus::Covered),
        Some(ClauseStatus::Partial),
        Some(ClauseStatus::Missing),
        None,
    ] {
        let (fill, text) = labels::status_colours(status);
        let _ = write!(
            css,
            ".{}{{background:#{fill};color:#{text}}}",
            status_class(status)
        );
    }
    css
}

const REPORT_CSS: &str = ".meta th{width:30%;background:none;font-weight:normal;color:#555}\
.grid{list-style:none;padding:0;margin:0.6em 0;display:grid;\
grid-template-columns:repeat(auto-fill,minmax(9.5em,1fr));gap:0.35em}\
.grid li{border:1px solid #777;padding:0.3em 0.4em;font-size:0.85em}\
.grid .cl{font-weight:bold;font-size:1.1em}\
.grid .st{float:right;font-weight:bold}\
.grid .t{display:block}\
article{border-left:4px solid #999;padding:0.1em 0.8em;margin:0.6em 0}\
article.sev-major{border-color:#9c0006}article.sev-minor{border-color:#bf8f00}\
article.sev-observation{border-color:#2f5597}\
.fid{font-family:monospace;font-size:0.8em;color:#555}\
#clauses th:nth-child(1){width:4.5em}#clauses th:nth-child(2){width:24%}\
#clauses th:nth-child(3){width:6.5em}\
table.plan th:nth-child(1){width:3em}table.plan th:nth-child(3){width:16%}\
table.plan th:nth-child(5){width:6em}";

/// The report as one HTML5 page. The markup is also well-formed XML (void elements closed,
/// every attribute quoted) so it can be checked mechanically and opened by XML tools.
pub fn render(report: &Report) -> String {
    let w = labels::words(report.lang);
    let lang = report.lang;
    let mut h = String::with_capacity(16 * 1024 + report.documents.len() * 512);
    let name = escape(&report.agency.name);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
<title>{} — {name}</title>\n<style>{}{REPORT_CSS}</style>\n</head>\n<body>\n",
        lang_attr(lang),
        escape(w.report_title),
        base_css(),
    );

    // Title block.
    let _ = write!(
        h,
        "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<table class=\"meta\">\n\
<tr><th>{}</th><td><strong>{name}</strong></td></tr>\n<tr><th>{}</th><td>{}</td></tr>\n\
<tr><th>{}</th><td class=\"path\">{}</td></tr>\n<tr><th>{}</th><td>{}</td></tr>\n</table>\n</header>\n",
        escape(w.report_title),
        escape(w.report_subtitle),
        escape(w.agency),
        escape(w.level),
        escape(&labels::level(&report.agency.level, lang)),
        escape(w.agency_id),
        escape(&report.agency.id),
        escape(w.campaign_year),
        report.year,
    );

    summary(&mut h, report);
    clauses(&mut h, report);
    plan(&mut h, report);
    findings(&mut h, report);
    unreadable(&mut h, report);
    h.push_str("</body>\n</html>\n");
    h
}

fn summary(h: &mut String, report: &Report) {
    let w = labels::words(report.lang);
    let lang = report.lang;
    let docs = DocumentCounts::of(report);
    let st = StatusCounts::of(report);
    let sev = SeverityCounts::of(report);
    let _ = write!(
        h,
        "<section id=\"summary\">\n<h2>{}</h2>\n<table>\n",
        escape(w.summary)
    );
    for (label, n) in [
        (w.documents_read, docs.analysed),
        (w.documents_failed, docs.failed),
        (w.documents_unsupported, docs.unsupported),
        (w.documents_total, docs.total),
    ] {
        let _ = writeln!(
            h,
            "<tr><th>{}</th><td class=\"num\">{n}</td></tr>",
            escape(label)
        );
    }
    for status in STATUSES {
        let _ = writeln!(
            h,
            "<tr><th>{}</th><td class=\"num {}\">{}</td></tr>",
            escape(labels::clause_status_count(status, lang)),
            status_class(Some(status)),
            st.get(status)
        );
    }
    for severity in SEVERITIES {
        let _ = writeln!(
            h,
            "<tr><th>{}</th><td class=\"num\">{}</td></tr>",
            escape(labels::severity_heading(severity, lang)),
            sev.get(severity)
        );
    }
    h.push_str("</table>\n</section>\n");
}

/// The status legend under every coverage grid (agency report and campaign heat map).
pub(crate) fn legend(h: &mut String, lang: Lang) {
    let w = labels::words(lang);
    let _ = write!(h, "<p class=\"legend\">{}: ", escape(w.legend));
    for status in STATUSES {
        let _ = write!(
            h,
            "<span class=\"{}\">{} {}</span>",
            status_class(Some(status)),
            labels::clause_status_mark(status),
            escape(labels::clause_status(status, lang))
        );
    }
    h.push_str("</p>\n");
}

fn status_text(status: Option<ClauseStatus>, lang: Lang) -> &'static str {
    match status {
        Some(s) => labels::clause_status(s, lang),
        None => labels::words(lang).unknown,
    }
}

fn clauses(h: &mut String, report: &Report) {
    let w = labels::words(report.lang);
    let lang = report.lang;
    let rows: Vec<ClauseRow<'_>> = labels::clause_rows(report);
    let _ = write!(
        h,
        "<section id=\"clauses\">\n<h2>{}</h2>\n",
        escape(w.clauses_heading)
    );
    legend(h, lang);
    h.push_str("<ul class=\"grid\">\n");
    for row in &rows {
        let _ = writeln!(
            h,
            "<li class=\"{}\"><span class=\"cl\">{}</span><span class=\"st\">{}</span>\
<span class=\"t\">{}</span></li>",
            status_class(row.status),
            escape(row.clause),
            escape(status_text(row.status, lang)),
            escape(row.title),
        );
    }
    h.push_str("</ul>\n");
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(w.clause),
        escape(w.title),
        escape(w.status),
        escape(w.assessment)
    );
    for row in &rows {
        let _ = write!(
            h,
            "<tr><td class=\"c\">{}</td><td>{}</td><td class=\"c {}\">{}</td><td>",
            escape(row.clause),
            escape(row.title),
            status_class(row.status),
            escape(status_text(row.status, lang)),
        );
        if let Some(note) = row.note.filter(|n| !n.trim().is_empty()) {
            let _ = write!(h, "{}<br />", escape(note));
        }
        if row.evidence.is_empty() {
            let _ = write!(
                h,
                "<em class=\"muted small\">{}</em>",
                escape(w.no_evidence)
            );
        } else {
            let _ = write!(
                h,
                "<span class=\"small\"><em>{} ({}):</em> ",
                escape(w.documents_involved),
                row.evidence.len()
            );
            doc_names(h, report, row.evidence);
            h.push_str("</span>");
        }
        h.push_str("</td></tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn plan(h: &mut String, report: &Report) {
    let w = labels::words(report.lang);
    let lang = report.lang;
    let _ = write!(
        h,
        "<section id=\"documents\">\n<h2>{}</h2>\n",
        escape(w.plan_heading)
    );
    let analysed: Vec<_> = report
        .documents
        .iter()
        .filter(|d| d.status == Status::Analysed)
        .collect();
    if analysed.is_empty() {
        let _ = writeln!(h, "<p>{}</p>\n</section>", escape(w.no_documents));
        return;
    }
    plan_overview(h, report);
    h.push_str("<table class=\"plan\">\n<thead><tr>");
    for head in [w.number, w.document, w.kind, w.action, w.clauses_2015] {
        let _ = write!(h, "<th>{}</th>", escape(head));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for (i, d) in analysed.into_iter().enumerate() {
        let _ = write!(h, "<tr><td class=\"c\">{}</td><td>", i + 1);
        if let Some(title) = d.title.as_deref().filter(|t| !t.trim().is_empty()) {
            let _ = write!(h, "<strong>{}</strong><br />", escape(title));
        }
        let mut facts = Vec::new();
        if let Some(code) = d.code.as_deref().filter(|c| !c.trim().is_empty()) {
            facts.push(format!("{}: {}", escape(w.code), escape(code)));
        }
        facts.push(format!(
            "{}: {}",
            escape(w.edition),
            escape(labels::edition(d.edition, lang))
        ));
        let _ = write!(
            h,
            "<span class=\"small\">{}</span><br /><span class=\"path muted\">{}</span></td><td>{}</td><td><strong>{}</strong>",
            facts.join(" · "),
            escape(&d.path),
            escape(labels::kind(d.kind, lang)),
            escape(&present::action_text(d, lang)),
        );
        if let Some(why) = d.rationale.as_deref().filter(|r| !r.trim().is_empty()) {
            let _ = write!(
                h,
                "<br /><span class=\"muted small\">{}</span>",
                escape(why)
            );
        }
        let _ = writeln!(
            h,
            "</td><td class=\"c\">{}</td></tr>",
            escape(&d.clauses_2015.join(", "))
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// How many documents each action touches, above the plan.
fn plan_overview(h: &mut String, report: &Report) {
    let w = labels::words(report.lang);
    let parts: Vec<String> = present::action_counts(report)
        .iter()
        .map(|part| escape(part))
        .collect();
    if !parts.is_empty() {
        let _ = writeln!(
            h,
            "<p><strong>{}:</strong> {}</p>",
            escape(w.documents_per_action),
            parts.join(" · ")
        );
    }
}

/// Documents by their short names, each carrying its full path as a tooltip.
fn doc_names(h: &mut String, report: &Report, paths: &[String]) {
    for (i, path) in paths.iter().enumerate() {
        if i > 0 {
            h.push_str(", ");
        }
        let _ = write!(
            h,
            "<span title=\"{}\">{}</span>",
            escape(path),
            escape(&present::short_name(report, path))
        );
    }
}

fn findings(h: &mut String, report: &Report) {
    let w = labels::words(report.lang);
    let lang = report.lang;
    let _ = write!(
        h,
        "<section id=\"findings\">\n<h2>{}</h2>\n",
        escape(w.findings_heading)
    );
    if report.findings.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", escape(w.no_findings));
    }
    for (severity, group) in present::findings_by_severity(report) {
        let _ = writeln!(
            h,
            "<h3>{} ({})</h3>",
            escape(labels::severity_heading(severity, lang)),
            group.len()
        );
        for f in group {
            let _ = write!(
                h,
                "<article class=\"sev-{}\">\n<p><strong>{} {}</strong> — {} <span class=\"fid\">[{}]</span></p>\n\
<p><strong>{}:</strong> {}</p>\n",
                severity.id(),
                escape(w.clause),
                escape(&f.clause),
                escape(&f.message),
                escape(&f.id),
                escape(w.recommendation),
                escape(&f.recommendation),
            );
            if !f.documents.is_empty() {
                let _ = write!(
                    h,
                    "<p class=\"small\"><strong>{}:</strong> ",
                    escape(w.documents_involved)
                );
                doc_names(h, report, &f.documents);
                h.push_str("</p>\n");
            }
            h.push_str("</article>\n");
        }
    }
    h.push_str("</section>\n");
}

fn unreadable(h: &mut String, report: &Report) {
    let w = labels::words(report.lang);
    let lang = report.lang;
    let _ = write!(
        h,
        "<section id=\"unreadable\">\n<h2>{}</h2>\n",
        escape(w.unreadable_heading)
    );
    let bad: Vec<_> = report
        .documents
        .iter()
        .filter(|d| d.status != Status::Analysed)
        .collect();
    if bad.is_empty() {
        let _ = writeln!(h, "<p>{}</p>\n</section>", escape(w.all_readable));
        return;
    }
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(w.file),
        escape(w.format),
        escape(w.status),
        escape(w.reason)
    );
    for d in bad {
        let _ = writeln!(
            h,
            "<tr><td class=\"path\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&d.path),
            escape(&present::file_type(d)),
            escape(labels::doc_status(d.status, lang)),
            escape(
                &d.error
                    .as_deref()
                    .map(|e| reasons::reason(e, lang))
                    .unwrap_or_else(|| w.unknown.to_string())
            ),
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// Test helpers shared with the campaign page's tests: a well-formedness check with quick-xml.
#[cfg(test)]
pub(crate) mod check {
    use quick_xml::events::Event;

    /// Parses the page as XML and returns its element names in document order; fails on
    /// unbalanced tags, bad entities or bad attributes.
    pub fn well_formed(page: &str) -> Result<Vec<String>, String> {
        let mut reader = quick_xml::Reader::from_str(page);
        reader.config_mut().check_end_names = true;
        let mut names = Vec::new();
        let mut depth = 0i32;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) => {
                    depth += 1;
                    names.push(String::from_utf8_lossy(e.name().as_ref()).into_owned());
                }
                Ok(Event::Empty(e)) => {
                    names.push(String::from_utf8_lossy(e.name().as_ref()).into_owned())
                }
                Ok(Event::End(_)) => depth -= 1,
                Ok(Event::Text(t)) => {
                    t.decode().map_err(|e| e.to_string())?;
                }
                Ok(Event::Eof) => break,
                Ok(_) => {}
                Err(e) => return Err(format!("at {}: {e}", reader.buffer_position())),
            }
        }
        if depth != 0 {
            return Err(format!("unbalanced: depth {depth} at end"));
        }
        Ok(names)
    }

    /// Fails when the page refers to anything outside itself.
    pub fn self_contained(page: &str) -> Result<(), String> {
        for needle in [
            "http:", "https:", "src=", "<script", "<link", "@import", "url(",
        ] {
            if page.contains(needle) {
                return Err(format!("page contains {needle:?}"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn page_is_well_formed_self_contained_and_complete() {
        let report = fixtures::department_2008();
        let page = render(&report);
        let names = check::well_formed(&page).unwrap();
        assert_eq!(names.first().map(String::as_str), Some("html"));
        check::self_contained(&page).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
        assert!(page.contains("<meta charset=\"utf-8\" />"));
        assert!(page.contains("print-color-adjust:exact"));
        assert!(page.contains("Sở Công Thương"));
        for c in &report.clauses {
            assert!(
                page.contains(&format!("<span class=\"cl\">{}</span>", c.clause)),
                "{}",
                c.clause
            );
        }
        // Status is written out, not only coloured.
        assert!(page.contains("<span class=\"st\">Thiếu</span>"));
        assert!(page.contains("<span class=\"st\">Một phần</span>"));
        assert!(page.contains("<span class=\"st\">Đạt</span>"));
        assert!(page.contains("scanned PDF without a text layer"));
        assert!(page.contains("QT-SCT-QLTM-01"));
        assert!(
            page.contains("thay bằng quản lý rủi ro và cơ hội (6.1)"),
            "rationale shown"
        );
    }

    #[test]
    fn untrusted_text_is_escaped() {
        let page = render(&fixtures::department_2008());
        assert!(!page.contains("<script>"));
        assert!(!page.contains("<b>.doc"));
        assert!(page.contains(
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;QT&#39; &lt;b&gt;.doc"
        ));
        assert_eq!(escape("a\u{0}b"), "a\u{FFFD}b");
    }

    #[test]
    fn english_report_uses_english_words_and_lang() {
        let mut report = fixtures::commune_2015();
        report.lang = Lang::En;
        let page = render(&report);
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("Coverage of the ISO 9001:2015 clauses"));
        assert!(page.contains("Every file could be read."));
        check::well_formed(&page).unwrap();
    }

    #[test]
    fn report_without_clauses_still_lists_every_clause() {
        let mut report = fixtures::commune_2015();
        report.clauses.clear();
        report.documents.clear();
        report.findings.clear();
        let page = render(&report);
        for c in crate::report::CLAUSES_2015 {
            assert!(page.contains(&format!("<span class=\"cl\">{c}</span>")));
        }
        assert!(page.contains("st-none"));
        check::well_formed(&page).unwrap();
    }

    #[test]
    fn output_is_deterministic() {
        let report = fixtures::department_2008();
        assert_eq!(render(&report), render(&report.clone()));
    }

    #[test]
    fn plan_and_evidence_are_compact_and_reasons_translated() {
        let mut report = fixtures::department_2008();
        if let Some(d) = report
            .documents
            .iter_mut()
            .find(|d| d.status == Status::Failed)
        {
            d.error = Some(crate::read::ReadError::Scanned.to_string());
        }
        let page = render(&report);
        check::well_formed(&page).unwrap();
        assert!(page.contains("<strong>Hợp nhất vào: "));
        assert!(page.contains("PDF là bản quét"));
        assert!(!page.contains("word-break:break-all"));
        // Evidence by code, with the path as a tooltip.
        let with_code = report
            .documents
            .iter()
            .find(|d| d.code.is_some() && !d.path.contains(['<', '&', '"', '\'']))
            .unwrap();
        assert!(page.contains(&format!(
            "<span title=\"{}\">{}</span>",
            with_code.path,
            with_code.code.as_deref().unwrap_or_default()
        )));
    }
}
