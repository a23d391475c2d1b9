//! The shared-token check on every call and the TLS identity of the coordinator.

use std::path::PathBuf;

use proto::tonic::service::Interceptor;
use proto::tonic::transport::{Identity, ServerTlsConfig};
use proto::tonic::{Request, Status};

/// Refuses calls without `authorization: Bearer <token>` when a token is configured.
#[derive(Clone)]
pub struct TokenCheck {
    expected: Option<Vec<u8>>,
}

impl TokenCheck {
    pub fn new(token: Option<&str>) -> TokenCheck {
        TokenCheck {
            expected: token.map(|token| format!("Bearer {token}").into_bytes()),
        }
    }
}

impl Interceptor for TokenCheck {
    fn call(&mut self, request: Request<()>) -> Result<Request<()>, Status> {
        let Some(expected) = &self.expected else {
            return Ok(request);
        };
        let given = request
            .metadata()
            .get(proto::TOKEN_METADATA_KEY)
            .map(|value| value.as_bytes());
        match given {
            Some(given) if constant_time_eq(given, expected) => Ok(request),
            Some(_) => Err(Status::unauthenticated("wrong token")),
            None => Err(Status::unauthenticated("missing token")),
        }
    }
}

/// Compares without an early exit, so that timing does not reveal how much of a guess matched.
fn constant_time_eq(left: &[u8], right: &[u8]) -> bool {
    if left.len() != right.len() {
        return false;
    }
    left.iter()
        .zip(right)
        .fold(0_u8, |diff, (a, b)| diff | (a ^ b))
        == 0
}

/// PEM files of the coordinator's certificate chain and private key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// Why TLS could not be set up.
#[derive(Debug, thiserror::Error)]
#[error("read tls {what} {path}: {source}")]
pub struct TlsError {
    what: &'static str,
    path: PathBuf,
    source: std::io::Error,
}

/// Loads the identity (rustls, via tonic) from the PEM files.
pub fn tls_config(files: &TlsFiles) -> Result<ServerTlsConfig, TlsError> {
    let read = |what: &'static str, path: &PathBuf| {
        std::fs::read(path).map_err(|source| TlsError {
            what,
            path: path.clone(),
            source,
        })
    };
    let cert = read("certificate", &files.cert)?;
    let key = read("key", &files.key)?;
    Ok(ServerTlsConfig::new().identity(Identity::from_pem(cert, key)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proto::tonic::Code;

    fn request(value: Option<&str>) -> Request<()> {
        let mut request = Request::new(());
        if let Some(value) = value {
            request
                .metadata_mut()
                .insert(proto::TOKEN_METADATA_KEY, value.parse().unwrap());
        }
        request
    }

    #[test]
    fn token_is_required_only_when_configured() {
        let mut open = TokenCheck::new(None);
        assert!(open.call(request(None)).is_ok());
        let mut check = TokenCheck::new(Some("s3cret"));
        assert!(check.call(request(Some("Bearer s3cret"))).is_ok());
        for wrong in [
            None,
            Some("Bearer s3cre"),
            Some("s3cret"),
            Some("Bearer s3cret "),
        ] {
            let status = check.call(request(wrong)).unwrap_err();
            assert_eq!(status.code(), Code::Unauthenticated, "{wrong:?}");
        }
    }

    #[test]
    fn missing_tls_files_are_reported() {
        let files = TlsFiles {
            cert: "/nonexistent/cert.pem".into(),
            key: "/nonexistent/key.pem".into(),
        };
        let error = tls_config(&files).unwrap_err();
        assert!(error.to_string().contains("certificate"), "{error}");
    }
}
