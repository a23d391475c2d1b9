//! Client-side connection set-up shared by the CLI and the workers: endpoint, optional TLS with a
//! private CA, and the shared token attached to every call.

use std::time::Duration;

use tonic::metadata::MetadataValue;
use tonic::service::Interceptor;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint};

use crate::pb::campaigns_client::CampaignsClient;
use crate::pb::workers_client::WorkersClient;

/// How to reach a coordinator.
#[derive(Debug, Clone, Default)]
pub struct ClientOptions {
    /// `http://host:7700`, or `https://host:7700` with TLS.
    pub endpoint: String,
    /// The shared token; sent as `authorization: Bearer <token>`.
    pub token: Option<String>,
    /// PEM of the CA that signed the coordinator's certificate (for a private CA).
    pub ca_pem: Option<Vec<u8>>,
}

/// Why a connection could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The address is not a URL tonic accepts.
    #[error("invalid coordinator address {0:?}: {1}")]
    BadEndpoint(String, String),
    /// The token cannot travel in an HTTP/2 header.
    #[error("the token contains characters that cannot be sent in a header")]
    BadToken,
    /// The CA certificate or TLS settings were refused.
    #[error("TLS set-up failed: {0}")]
    Tls(String),
    /// Nothing answered at the address.
    #[error("cannot connect to the coordinator at {0}: {1}")]
    Unreachable(String, String),
}

/// Adds the shared token to every request.
#[derive(Clone)]
pub struct TokenInterceptor {
    header: Option<MetadataValue<tonic::metadata::Ascii>>,
}

impl Interceptor for TokenInterceptor {
    fn call(
        &mut self,
        mut request: tonic::Request<()>,
    ) -> Result<tonic::Request<()>, tonic::Status> {
        if let Some(header) = &self.header {
            request
                .metadata_mut()
                .insert(crate::TOKEN_METADATA_KEY, header.clone());
        }
        Ok(request)
    }
}

/// A channel with the token interceptor applied.
pub type AuthedChannel = InterceptedService<Channel, TokenInterceptor>;

/// Both service clients over one connection.
#[derive(Clone)]
pub struct Clients {
    /// The service for clients (submit, watch, fetch, status).
    pub campaigns: CampaignsClient<AuthedChannel>,
    /// The service for workers (lease, heartbeat, complete).
    pub workers: WorkersClient<AuthedChannel>,
}

fn endpoint(options: &ClientOptions) -> Result<Endpoint, ConnectError> {
    let mut endpoint = Endpoint::from_shared(options.endpoint.clone())
        .map_err(|e| ConnectError::BadEndpoint(options.endpoint.clone(), e.to_string()))?
        .connect_timeout(Duration::from_secs(5))
        .tcp_nodelay(true)
        .http2_keep_alive_interval(Duration::from_secs(20))
        .keep_alive_while_idle(true);
    if options.endpoint.starts_with("https://") || options.ca_pem.is_some() {
        let mut tls = ClientTlsConfig::new();
        if let Some(pem) = &options.ca_pem {
            tls = tls.ca_certificate(Certificate::from_pem(pem));
        }
        endpoint = endpoint
            .tls_config(tls)
            .map_err(|e| ConnectError::Tls(e.to_string()))?;
    }
    Ok(endpoint)
}

fn interceptor(options: &ClientOptions) -> Result<TokenInterceptor, ConnectError> {
    let header = match &options.token {
        Some(token) => Some(
            format!("Bearer {}", token.trim())
                .parse::<MetadataValue<tonic::metadata::Ascii>>()
                .map_err(|_| ConnectError::BadToken)?,
        ),
        None => None,
    };
    Ok(TokenInterceptor { header })
}

fn clients(channel: Channel, interceptor: TokenInterceptor) -> Clients {
    let campaigns = CampaignsClient::with_interceptor(channel.clone(), interceptor.clone())
        .max_decoding_message_size(crate::MAX_MESSAGE_BYTES)
        .max_encoding_message_size(crate::MAX_MESSAGE_BYTES);
    let workers = WorkersClient::with_interceptor(channel, interceptor)
        .max_decoding_message_size(crate::MAX_MESSAGE_BYTES)
        .max_encoding_message_size(crate::MAX_MESSAGE_BYTES);
    Clients { campaigns, workers }
}

/// Connects now, failing fast when the coordinator is not there.
pub async fn connect(options: &ClientOptions) -> Result<Clients, ConnectError> {
    let interceptor = interceptor(options)?;
    let channel = endpoint(options)?
        .connect()
        .await
        .map_err(|e| ConnectError::Unreachable(options.endpoint.clone(), error_chain(&e)))?;
    Ok(clients(channel, interceptor))
}

/// Connects on first use and reconnects after the coordinator restarts: what a long-lived worker wants.
pub fn connect_lazy(options: &ClientOptions) -> Result<Clients, ConnectError> {
    let interceptor = interceptor(options)?;
    let channel = endpoint(options)?.connect_lazy();
    Ok(clients(channel, interceptor))
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}
