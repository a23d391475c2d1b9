//! The campaign overview: per-agency counts from every report (`campaign.json`) and the agency ×
//! clause heat map page (`index.html`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::read::Status;

use super::counts::{DocumentCounts, SEVERITIES, STATUSES, SeverityCounts, StatusCounts};
use super::html::{base_css, escape, lang_attr, status_class};
use super::labels::{self, CLAUSES_2015};
use super::model::{CampaignInfo, ClauseStatus, Lang, Report, SCHEMA_VERSION, Severity};
use super::present;

/// Everything the campaign overview shows, computed once from the agencies' reports so the JSON,
/// the spreadsheet and the page cannot disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignSummary {
    pub schema_version: u32,
    pub campaign: CampaignInfo,
    /// The language of the reports (the first report's; Vietnamese when there are none).
    pub lang: Lang,
    /// The clause columns, in contract §3 order.
    pub clauses: Vec<String>,
    /// One entry per agency, sorted by agency id so the order does not depend on which worker
    /// finished first.
    pub agencies: Vec<AgencySummary>,
    pub totals: CampaignTotals,
}

/// One agency's line of the overview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencySummary {
    pub id: String,
    pub name: String,
    pub level: String,
    pub documents: DocumentCounts,
    pub clause_counts: StatusCounts,
    /// The status of every column clause; `null` when the report did not assess it.
    pub clauses: Vec<ClauseCell>,
    pub severities: SeverityCounts,
    /// Fired rules, most severe first, then by id.
    pub findings: Vec<FindingCount>,
    /// Analysed documents per kind id.
    pub kinds: BTreeMap<String, u32>,
}

/// One cell of the agency × clause grid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClauseCell {
    pub clause: String,
    pub status: Option<ClauseStatus>,
}

/// How often one rule fired in one agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingCount {
    pub id: String,
    pub clause: String,
    pub severity: Severity,
    pub count: u32,
}

/// The campaign's totals over all agencies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CampaignTotals {
    pub agencies: u32,
    pub documents: DocumentCounts,
    pub clause_counts: StatusCounts,
    /// Per clause column: how many agencies have it covered, partial, missing.
    pub clauses: Vec<ClauseTotal>,
    pub severities: SeverityCounts,
    /// Per rule: in how many agencies it fired and how often in all.
    pub findings: Vec<FindingTotal>,
    pub kinds: BTreeMap<String, u32>,
}

/// One clause column's totals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClauseTotal {
    pub clause: String,
    #[serde(flatten)]
    pub counts: StatusCounts,
}

/// One rule's totals over the campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingTotal {
    pub id: String,
    pub clause: String,
    pub severity: Severity,
    pub agencies: u32,
    pub count: u32,
}

/// Folds the agencies' reports into the campaign overview. Pure: the result depends on the
/// reports' content only, not on their order.
pub fn summary(info: &CampaignInfo, reports: &[Report]) -> CampaignSummary {
    let mut agencies: Vec<AgencySummary> = reports.iter().map(agency_summary).collect();
    agencies.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.name.cmp(&b.name)));

    let mut totals = CampaignTotals {
        agencies: u32::try_from(agencies.len()).unwrap_or(u32::MAX),
        clauses: CLAUSES_2015
            .iter()
            .map(|c| ClauseTotal {
                clause: c.to_string(),
                counts: StatusCounts::default(),
            })
            .collect(),
        ..CampaignTotals::default()
    };
    let mut findings: BTreeMap<(Severity, String), FindingTotal> = BTreeMap::new();
    for a in &agencies {
        totals.documents.add(&a.documents);
        totals.clause_counts.add(&a.clause_counts);
        totals.severities.add(&a.severities);
        for (total, cell) in totals.clauses.iter_mut().zip(&a.clauses) {
            if let Some(status) = cell.status {
                total.counts.bump(status);
            }
        }
        for f in &a.findings {
            let t = findings
                .entry((f.severity, f.id.clone()))
                .or_insert_with(|| FindingTotal {
                    id: f.id.clone(),
                    clause: f.clause.clone(),
                    severity: f.severity,
                    agencies: 0,
                    count: 0,
                });
            t.agencies += 1;
            t.count += f.count;
        }
        for (kind, n) in &a.kinds {
            *totals.kinds.entry(kind.clone()).or_default() += n;
        }
    }
    totals.findings = findings.into_values().collect();

    CampaignSummary {
        schema_version: SCHEMA_VERSION,
        campaign: info.clone(),
        lang: reports.first().map(|r| r.lang).unwrap_or_default(),
        clauses: CLAUSES_2015.iter().map(|c| c.to_string()).collect(),
        agencies,
        totals,
    }
}

fn agency_summary(report: &Report) -> AgencySummary {
    let clauses: Vec<ClauseCell> = CLAUSES_2015
        .iter()
        .map(|c| ClauseCell {
            clause: c.to_string(),
            status: report
                .clauses
                .iter()
                .find(|e| e.clause == *c)
                .map(|e| e.status),
        })
        .collect();
    let mut clause_counts = StatusCounts::default();
    for cell in &clauses {
        if let Some(status) = cell.status {
            clause_counts.bump(status);
        }
    }
    let mut findings: BTreeMap<(Severity, &str), FindingCount> = BTreeMap::new();
    for f in &report.findings {
        findings
            .entry((f.severity, f.id.as_str()))
            .or_insert_with(|| FindingCount {
                id: f.id.clone(),
                clause: f.clause.clone(),
                severity: f.severity,
                count: 0,
            })
            .count += 1;
    }
    let mut kinds = BTreeMap::new();
    for d in report
        .documents
        .iter()
        .filter(|d| d.status == Status::Analysed)
    {
        *kinds.entry(d.kind.id().to_string()).or_default() += 1;
    }
    AgencySummary {
        id: report.agency.id.clone(),
        name: report.agency.name.clone(),
        level: report.agency.level.clone(),
        documents: DocumentCounts::of(report),
        clause_counts,
        clauses,
        severities: SeverityCounts::of(report),
        findings: findings.into_values().collect(),
        kinds,
    }
}

/// `campaign.json`: pretty, stable, with a trailing newline, like `report.json`.
pub fn render_json(summary: &CampaignSummary) -> Vec<u8> {
    super::json::to_pretty_json(summary)
}

/// Percent-encodes one URL path segment (RFC 3986 unreserved characters pass), so an agency
/// folder named with spaces, `#`, `?` or Vietnamese letters still links to its own report.
pub fn url_segment(segment: &str) -> String {
    let only_dots = !segment.is_empty() && segment.bytes().all(|b| b == b'.');
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'_' | b'~')
            || (b == b'.' && !only_dots);
        if keep {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

const INDEX_CSS: &str = "body{max-width:none}\
table.heat{width:auto;font-size:0.8em;border-collapse:separate;border-spacing:0}\
table.heat td,table.heat th{text-align:center;padding:0.2em 0.3em;border-width:0 1px 1px 0}\
table.heat tr>:first-child{border-left-width:1px}\
table.heat thead tr:first-child th{border-top-width:1px}\
table.heat td.name,table.heat th.name{text-align:left;min-width:14em;max-width:22em;\
position:sticky;left:0;z-index:1;background:#fff}\
table.heat thead{position:sticky;top:0;z-index:2}\
table.heat thead th.name{background:#d9d9d9}\
table.heat tbody tr:nth-child(even) td.name,table.heat tbody tr:nth-child(even) td.lvl,\
table.heat tbody tr:nth-child(even) td.num{background:#f4f4f4}\
table.heat tbody tr:hover td{outline:1px solid #333}\
table.heat td.lvl{white-space:nowrap}\
table.heat tfoot th,table.heat tfoot td{background:#f2f2f2;font-weight:bold}\
table.heat tfoot th.name{background:#f2f2f2}\
.rid{font-family:monospace;font-size:0.8em;color:#555}\
@media print{table.heat{font-size:7pt}table.heat td.name,table.heat th.name{position:static}\
table.heat thead{position:static;display:table-header-group}@page{size:A4 landscape;margin:10mm}}";

/// `index.html`: the agency × clause heat map, each agency linking to `<agency_id>/report.html`.
pub fn render_index_html(summary: &CampaignSummary) -> String {
    let lang = summary.lang;
    let w = labels::words(lang);
    let mut h = String::with_capacity(8 * 1024 + summary.agencies.len() * 2048);
    let title = if summary.campaign.name.trim().is_empty() {
        w.campaign_title.to_string()
    } else {
        summary.campaign.name.clone()
    };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
<title>{}</title>\n<style>{}{INDEX_CSS}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"sub\">",
        lang_attr(lang),
        escape(&title),
        base_css(),
        escape(&title),
    );
    let mut sub = Vec::new();
    if !summary.campaign.province.trim().is_empty() {
        sub.push(escape(&summary.campaign.province));
    }
    if summary.campaign.year != 0 {
        sub.push(format!(
            "{} {}",
            escape(w.campaign_year),
            summary.campaign.year
        ));
    }
    sub.push(format!(
        "{}: {}",
        escape(w.agencies),
        summary.totals.agencies
    ));
    h.push_str(&sub.join(" · "));
    h.push_str("</p>\n");

    super::html::legend(&mut h, lang);

    if summary.agencies.is_empty() {
        let _ = writeln!(h, "<p>{}</p>\n</body>\n</html>", escape(w.no_agencies));
        return h;
    }

    // Header.
    let _ = write!(
        h,
        "<table class=\"heat\">\n<thead><tr><th class=\"name\" rowspan=\"2\">{}</th>\
<th rowspan=\"2\">{}</th><th colspan=\"{}\">{}</th><th colspan=\"3\">{}</th>\
<th colspan=\"3\">{}</th><th rowspan=\"2\">{}</th></tr>\n<tr>",
        escape(w.agency),
        escape(w.level),
        summary.clauses.len(),
        escape(w.clauses_heading),
        escape(w.clause_counts),
        escape(w.findings),
        escape(w.documents_read),
    );
    for c in &summary.clauses {
        let title = labels::clause_title(c, lang).unwrap_or("");
        let _ = write!(h, "<th title=\"{}\">{}</th>", escape(title), escape(c));
    }
    for status in STATUSES {
        let _ = write!(
            h,
            "<th>{}</th>",
            escape(labels::clause_status(status, lang))
        );
    }
    for severity in SEVERITIES {
        let _ = write!(h, "<th>{}</th>", escape(labels::severity(severity, lang)));
    }
    h.push_str("</tr></thead>\n<tbody>\n");

    for a in &summary.agencies {
        let _ = write!(
            h,
            "<tr><td class=\"name\"><a href=\"{}/report.html\">{}</a></td><td class=\"lvl\">{}</td>",
            url_segment(&a.id),
            escape(&a.name),
            escape(&labels::level(&a.level, lang)),
        );
        for cell in &a.clauses {
            let text = match cell.status {
                Some(s) => labels::clause_status(s, lang),
                None => w.unknown,
            };
            let mark = cell.status.map(labels::clause_status_mark).unwrap_or("—");
            let _ = write!(
                h,
                "<td class=\"{}\" title=\"{} {}: {}\">{mark}</td>",
                status_class(cell.status),
                escape(&a.name),
                escape(&cell.clause),
                escape(text),
            );
        }
        for status in STATUSES {
            let _ = write!(h, "<td class=\"num\">{}</td>", a.clause_counts.get(status));
        }
        for severity in SEVERITIES {
            let _ = write!(h, "<td class=\"num\">{}</td>", a.severities.get(severity));
        }
        let _ = writeln!(
            h,
            "<td class=\"num\">{}/{}</td></tr>",
            a.documents.analysed, a.documents.total
        );
    }
    h.push_str("</tbody>\n<tfoot>\n");

    // Totals: one row per status, counting agencies per clause.
    let t = &summary.totals;
    for (i, status) in STATUSES.into_iter().enumerate() {
        let _ = write!(
            h,
            "<tr><th class=\"name\">{} — {}</th><td></td>",
            escape(w.total),
            escape(labels::clause_status(status, lang))
        );
        for c in &t.clauses {
            let n = c.counts.get(status);
            let class = if n > 0 {
                status_class(Some(status))
            } else {
                ""
            };
            let _ = write!(h, "<td class=\"{class}\">{n}</td>");
        }
        if i == 0 {
            for status in STATUSES {
                let _ = write!(h, "<td class=\"num\">{}</td>", t.clause_counts.get(status));
            }
            for severity in SEVERITIES {
                let _ = write!(h, "<td class=\"num\">{}</td>", t.severities.get(severity));
            }
            let _ = write!(
                h,
                "<td class=\"num\">{}/{}</td>",
                t.documents.analysed, t.documents.total
            );
        } else {
            h.push_str("<td></td><td></td><td></td><td></td><td></td><td></td><td></td>");
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tfoot>\n</table>\n");

    // The rules that fired most often, for planning the training session.
    if !t.findings.is_empty() {
        let _ = writeln!(
            h,
            "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            escape(w.findings_heading_campaign),
            escape(w.findings),
            escape(w.clause),
            escape(w.severity),
            escape(w.agencies_with_finding),
        );
        for f in &t.findings {
            let sentence = present::rule_sentence(&f.id, lang)
                .map(|s| format!("{}<br />", escape(&s)))
                .unwrap_or_default();
            let _ = writeln!(
                h,
                "<tr><td>{sentence}<span class=\"rid\">{}</span></td><td class=\"c\">{}</td><td>{}</td><td class=\"num\">{}/{}</td></tr>",
                escape(&f.id),
                escape(&f.clause),
                escape(labels::severity(f.severity, lang)),
                f.agencies,
                t.agencies,
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;
    use crate::report::html::check;

    fn info() -> CampaignInfo {
        CampaignInfo {
            name: "Chuyển đổi ISO 2015 tỉnh Bến Tre".to_string(),
            year: 2024,
            province: "Bến Tre".to_string(),
        }
    }

    #[test]
    fn summary_counts_each_agency_and_the_totals() {
        let reports = vec![fixtures::department_2008(), fixtures::commune_2015()];
        let s = summary(&info(), &reports);
        assert_eq!(s.agencies.len(), 2);
        // Sorted by id.
        assert_eq!(s.agencies[0].id, "so-cong-thuong");
        assert_eq!(s.agencies[1].id, "ubnd-xa-tan-phu");
        let dep = &s.agencies[0];
        assert_eq!(
            (
                dep.clause_counts.covered,
                dep.clause_counts.partial,
                dep.clause_counts.missing
            ),
            (13, 9, 6)
        );
        assert_eq!(
            (
                dep.documents.analysed,
                dep.documents.failed,
                dep.documents.unsupported
            ),
            (15, 1, 2)
        );
        assert_eq!(dep.kinds.get("procedure.administrative"), Some(&2));
        assert_eq!(
            dep.kinds.get("other"),
            None,
            "unreadable files are not counted as a kind"
        );
        assert_eq!(
            dep.findings.first().map(|f| f.severity),
            Some(Severity::Major)
        );
        assert_eq!(dep.clauses.len(), 28);
        assert_eq!(dep.clauses[7].clause, "6.1");
        assert_eq!(dep.clauses[7].status, Some(ClauseStatus::Missing));

        assert_eq!(s.totals.agencies, 2);
        assert_eq!(s.totals.documents.total, 18 + 8);
        let c84 = s.totals.clauses.iter().find(|c| c.clause == "8.4").unwrap();
        assert_eq!(c84.counts.missing, 2);
        let c52 = s.totals.clauses.iter().find(|c| c.clause == "5.2").unwrap();
        assert_eq!(c52.counts.covered, 2);
        assert_eq!(s.totals.severities.major, 4);
        assert_eq!(s.totals.severities.observation, 2);
        assert_eq!(s.totals.kinds.get("quality_policy"), Some(&2));
    }

    #[test]
    fn summary_does_not_depend_on_report_order() {
        let a = summary(
            &info(),
            &[fixtures::department_2008(), fixtures::commune_2015()],
        );
        let b = summary(
            &info(),
            &[fixtures::commune_2015(), fixtures::department_2008()],
        );
        assert_eq!(render_json(&a), render_json(&b));
    }

    #[test]
    fn same_rule_in_two_agencies_is_counted_once_per_agency() {
        let mut other = fixtures::department_2008();
        other.agency.id = "so-tai-chinh".to_string();
        let s = summary(&info(), &[fixtures::department_2008(), other]);
        let f = s
            .totals
            .findings
            .iter()
            .find(|f| f.id == "preventive-action-replaced-by-risk")
            .unwrap();
        assert_eq!((f.agencies, f.count), (2, 2));
    }

    #[test]
    fn missing_clause_entries_become_null_not_missing() {
        let mut r = fixtures::commune_2015();
        r.clauses.retain(|c| c.clause != "7.3");
        let s = summary(&info(), &[r]);
        let cell = s.agencies[0]
            .clauses
            .iter()
            .find(|c| c.clause == "7.3")
            .unwrap();
        assert_eq!(cell.status, None);
        let json = String::from_utf8(render_json(&s)).unwrap();
        assert!(json.contains("\"status\": null"));
        assert_eq!(
            s.agencies[0].clause_counts.covered
                + s.agencies[0].clause_counts.partial
                + s.agencies[0].clause_counts.missing,
            27
        );
    }

    #[test]
    fn json_round_trips_and_ends_with_newline() {
        let s = summary(
            &info(),
            &[fixtures::department_2008(), fixtures::commune_2015()],
        );
        let bytes = render_json(&s);
        assert_eq!(bytes.last(), Some(&b'\n'));
        let back: CampaignSummary = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn url_segments_are_escaped() {
        assert_eq!(url_segment("so-cong-thuong"), "so-cong-thuong");
        assert_eq!(
            url_segment("xã Tân Phú#1"),
            "x%C3%A3%20T%C3%A2n%20Ph%C3%BA%231"
        );
        assert_eq!(url_segment("a/b?c\"d"), "a%2Fb%3Fc%22d");
        assert_eq!(url_segment(".."), "%2E%2E");
        assert_eq!(url_segment("v1.2"), "v1.2");
    }

    #[test]
    fn index_page_is_well_formed_and_links_every_agency() {
        let mut odd = fixtures::commune_2015();
        odd.agency.id = "xã <b>\"1\"".to_string();
        odd.agency.name = "UBND <i>xã</i> & \"Tân\"".to_string();
        let s = summary(&info(), &[fixtures::department_2008(), odd]);
        let page = render_index_html(&s);
        check::well_formed(&page).unwrap();
        check::self_contained(&page).unwrap();
        assert!(page.contains("<a href=\"so-cong-thuong/report.html\">Sở Công Thương</a>"));
        assert!(page.contains("href=\"x%C3%A3%20%3Cb%3E%221%22/report.html\""));
        assert!(page.contains("UBND &lt;i&gt;xã&lt;/i&gt; &amp; &quot;Tân&quot;"));
        assert!(!page.contains("<i>xã"));
        for c in CLAUSES_2015 {
            assert!(page.contains(&format!(">{c}</th>")), "{c}");
        }
        assert!(page.contains("print-color-adjust:exact"));
        assert!(page.contains("Bến Tre"));
    }

    #[test]
    fn empty_campaign_renders() {
        let s = summary(&CampaignInfo::default(), &[]);
        assert_eq!(s.totals.agencies, 0);
        let page = render_index_html(&s);
        check::well_formed(&page).unwrap();
        assert!(page.contains("Chưa có cơ quan nào."));
    }

    #[test]
    fn index_groups_columns_and_explains_rules() {
        let s = summary(
            &info(),
            &[fixtures::department_2008(), fixtures::commune_2015()],
        );
        let page = render_index_html(&s);
        check::well_formed(&page).unwrap();
        assert!(page.contains("colspan=\"28\""));
        assert!(page.contains("Số cơ quan gặp"));
        let sentence = present::rule_sentence("preventive-action-replaced-by-risk", Lang::Vi)
            .unwrap_or_default();
        assert!(page.contains(&escape(&sentence)), "{sentence}");
        assert!(page.contains("<span class=\"rid\">preventive-action-replaced-by-risk</span>"));
        assert!(page.contains(">½</td>") || page.contains("½ Một phần"));
        assert!(!page.contains('◐'));
    }
}
