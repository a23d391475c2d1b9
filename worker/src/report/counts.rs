//! The headline numbers of one report, counted once for every format that shows them.

use serde::{Deserialize, Serialize};

use crate::read::Status;

use super::model::{ClauseStatus, Report, Severity};

/// Files of an agency by read outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentCounts {
    pub total: u32,
    pub analysed: u32,
    pub failed: u32,
    pub unsupported: u32,
}

/// Clauses by coverage status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCounts {
    pub covered: u32,
    pub partial: u32,
    pub missing: u32,
}

/// Findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityCounts {
    pub major: u32,
    pub minor: u32,
    pub observation: u32,
}

impl DocumentCounts {
    pub fn of(report: &Report) -> Self {
        let mut c = DocumentCounts::default();
        for d in &report.documents {
            c.total += 1;
            match d.status {
                Status::Analysed => c.analysed += 1,
                Status::Failed => c.failed += 1,
                Status::Unsupported => c.unsupported += 1,
            }
        }
        c
    }

    pub fn add(&mut self, other: &DocumentCounts) {
        self.total += other.total;
        self.analysed += other.analysed;
        self.failed += other.failed;
        self.unsupported += other.unsupported;
    }
}

impl StatusCounts {
    pub fn of(report: &Report) -> Self {
        let mut c = StatusCounts::default();
        for entry in &report.clauses {
            c.bump(entry.status);
        }
        c
    }

    pub fn bump(&mut self, status: ClauseStatus) {
        match status {
            ClauseStatus::Covered => self.covered += 1,
            ClauseStatus::Partial => self.partial += 1,
            ClauseStatus::Missing => self.missing += 1,
        }
    }

    pub fn get(&self, status: ClauseStatus) -> u32 {
        match status {
            ClauseStatus::Covered => self.covered,
            ClauseStatus::Partial => self.partial,
            ClauseStatus::Missing => self.missing,
        }
    }

    pub fn add(&mut self, other: &StatusCounts) {
        self.covered += other.covered;
        self.partial += other.partial;
        self.missing += other.missing;
    }
}

impl SeverityCounts {
    pub fn of(report: &Report) -> Self {
        let mut c = SeverityCounts::default();
        for f in &report.findings {
            c.bump(f.severity);
        }
        c
    }

    pub fn bump(&mut self, severity: Severity) {
        match severity {
            Severity::Major => self.major += 1,
            Severity::Minor => self.minor += 1,
            Severity::Observation => self.observation += 1,
        }
    }

    pub fn get(&self, severity: Severity) -> u32 {
        match severity {
            Severity::Major => self.major,
            Severity::Minor => self.minor,
            Severity::Observation => self.observation,
        }
    }

    pub fn add(&mut self, other: &SeverityCounts) {
        self.major += other.major;
        self.minor += other.minor;
        self.observation += other.observation;
    }
}

/// Every status, in the order reports list them.
pub const STATUSES: [ClauseStatus; 3] = [
    ClauseStatus::Covered,
    ClauseStatus::Partial,
    ClauseStatus::Missing,
];

/// Every severity, most serious first: the order findings are read in.
pub const SEVERITIES: [Severity; 3] = [Severity::Major, Severity::Minor, Severity::Observation];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn department_counts_match_the_fixture() {
        let r = fixtures::department_2008();
        let d = DocumentCounts::of(&r);
        assert_eq!(
            (d.total, d.analysed, d.failed, d.unsupported),
            (18, 15, 1, 2)
        );
        let s = StatusCounts::of(&r);
        assert_eq!(s.covered + s.partial + s.missing, 28);
        assert_eq!((s.covered, s.partial, s.missing), (13, 9, 6));
        let f = SeverityCounts::of(&r);
        assert_eq!((f.major, f.minor, f.observation), (4, 2, 1));
    }
}
