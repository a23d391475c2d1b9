//! Campaign progress snapshots (`CampaignProgress`) built from the stored counters.

use proto::pb;

use crate::model::{Campaign, CampaignState};
use crate::store::{Store, StoreError};

/// How much of a campaign to describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Agencies and the failures recorded from this sequence number on (0: all of them).
    Full { failures_from: u64 },
    /// Campaign counters only (status listings of many campaigns).
    Summary,
}

pub(crate) fn snapshot(
    store: &Store,
    campaign: &Campaign,
    detail: Detail,
) -> Result<pb::CampaignProgress, StoreError> {
    let mut progress = pb::CampaignProgress {
        campaign_id: campaign.id.clone(),
        name: campaign.name.clone(),
        year: campaign.year,
        province: campaign.province.clone(),
        lang: campaign.lang.clone(),
        state: campaign.state.as_str().to_string(),
        docs_total: campaign.n_docs,
        docs_done: campaign.n_docs_done,
        docs_failed: campaign.n_docs_failed,
        docs_awaiting_upload: campaign.n_docs_awaiting_upload,
        agencies_total: campaign.n_agencies,
        agencies_done: campaign.n_agencies_finished,
        agencies: Vec::new(),
        failures: Vec::new(),
    };
    if let Detail::Full { failures_from } = detail {
        progress.agencies = store
            .agencies(&campaign.id)?
            .into_iter()
            .map(|agency| pb::AgencyProgress {
                agency_id: agency.id,
                name: agency.name,
                docs_total: agency.n_docs,
                docs_done: agency.n_docs_done,
                docs_failed: agency.n_docs_failed,
                state: agency.state.as_str().to_string(),
            })
            .collect();
        progress.failures = store
            .failures(&campaign.id, failures_from)?
            .into_iter()
            .map(|failure| pb::FileFailure {
                agency_id: failure.agency_id,
                path: failure.path,
                error: failure.error,
            })
            .collect();
    }
    Ok(progress)
}

pub(crate) fn is_done(progress: &pb::CampaignProgress) -> bool {
    progress.state == CampaignState::Done.as_str()
}
