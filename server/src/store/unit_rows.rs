//! How a unit is stored: its record without its documents, which live apart and are written once.
//!
//! A read unit's documents never change (an id names one set: plan ids derive from the
//! campaign's content, a split half's from its parent's), while its record is rewritten at every
//! lease, expiry and completion. Kept apart, those rewrites stay a few hundred bytes instead of
//! the whole list, and a campaign's lists can be stored before the one transaction that makes
//! the campaign visible, so that this transaction stays small however many documents the
//! campaign has (with the lists inside it, sled held about 3 KB per document of the campaign
//! at once: 27 MB for 8,880 documents).

use serde::Serialize;

use crate::model::{DocRef, Unit, UnitKind, UnitState};

/// The stored form of a unit: every field of [`Unit`] but the documents, under the same names,
/// so that it reads back as a `Unit` whose read kind has no documents.
#[derive(Serialize)]
pub(super) struct UnitRow<'a> {
    id: &'a str,
    campaign_id: &'a str,
    agency_id: &'a str,
    kind: UnitKind,
    state: UnitState,
    failures: u32,
    not_before_unix_ms: i64,
    lease_id: &'a Option<String>,
    last_error: &'a Option<String>,
}

impl<'a> UnitRow<'a> {
    pub(super) fn of(unit: &'a Unit) -> Self {
        let Unit {
            id,
            campaign_id,
            agency_id,
            kind,
            state,
            failures,
            not_before_unix_ms,
            lease_id,
            last_error,
        } = unit;
        UnitRow {
            id,
            campaign_id,
            agency_id,
            kind: match kind {
                UnitKind::Read { .. } => UnitKind::Read { docs: Vec::new() },
                UnitKind::Assemble => UnitKind::Assemble,
            },
            state: *state,
            failures: *failures,
            not_before_unix_ms: *not_before_unix_ms,
            lease_id,
            last_error,
        }
    }
}

/// The documents of a read unit.
pub(super) fn docs_of(unit: &Unit) -> Option<&[DocRef]> {
    match &unit.kind {
        UnitKind::Read { docs } => Some(docs),
        UnitKind::Assemble => None,
    }
}

/// Whether a stored record is a read unit whose documents are stored apart. A read unit always
/// has documents, so an empty list means "apart"; records written before the split carry theirs.
pub(super) fn docs_apart(row: &Unit) -> bool {
    matches!(&row.kind, UnitKind::Read { docs } if docs.is_empty())
}

/// The unit of a stored record (`None`: no such unit), with its documents read through
/// `docs` when they are stored apart; `missing` is the error when they are not there.
pub(super) fn load<E>(
    row: Option<Unit>,
    docs: impl FnOnce() -> Result<Option<Vec<DocRef>>, E>,
    missing: impl FnOnce() -> E,
) -> Result<Option<Unit>, E> {
    let Some(mut unit) = row else {
        return Ok(None);
    };
    if docs_apart(&unit) {
        unit.kind = UnitKind::Read {
            docs: docs()?.ok_or_else(missing)?,
        };
    }
    Ok(Some(unit))
}
