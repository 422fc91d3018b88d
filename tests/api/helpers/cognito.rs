//! The local Cognito (moto): started once per test binary, reached through the SDK as
//! production reaches real Cognito; a relay to play an outage.
use super::*;
use aws_sdk_cognitoidentityprovider::Client as CognitoClient;
use aws_sdk_cognitoidentityprovider::config::{BehaviorVersion, Credentials, Region};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};

pub const REGION: &str = "us-east-1";

pub(super) struct Moto {
    pub(super) endpoint: String,
    // Held for the life of the test binary: when the binary exits, moto's stdin closes and it
    // stops by itself.
    _child: Mutex<Child>,
}

pub(super) fn moto() -> &'static Moto {
    static MOTO: OnceLock<Moto> = OnceLock::new();
    MOTO.get_or_init(|| {
        set_sdk_environment();
        capture_logs();
        let root = env!("CARGO_MANIFEST_DIR");
        let python =
            std::env::var("MOTO_PYTHON").unwrap_or_else(|_| format!("{root}/.venv/bin/python"));
        let mut child = Command::new(&python)
            .arg(format!("{root}/scripts/moto_server.py"))
            .arg("--exit-on-stdin-eof")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start moto with {python} ({e}); run scripts/test, which installs it")
            });
        let stdout = child.stdout.take().expect("moto's stdout");
        let mut port = String::new();
        BufReader::new(stdout)
            .read_line(&mut port)
            .expect("moto prints its port");
        let port: u16 = port.trim().parse().expect("moto's port is a number");
        Moto {
            endpoint: format!("http://127.0.0.1:{port}"),
            _child: Mutex::new(child),
        }
    })
}

/// The app under test finds credentials the way it does in production, through the SDK's chain;
/// the local Cognito accepts any. Set once, before any test reads the environment.
fn set_sdk_environment() {
    for (name, value) in [
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_MAX_ATTEMPTS", "1"),
    ] {
        if std::env::var_os(name).is_none() {
            #[expect(
                unsafe_code,
                reason = "runs once, inside OnceLock initialisation, before any SDK client exists"
            )]
            // SAFETY: no other thread of this binary reads these variables before this returns.
            unsafe {
                std::env::set_var(name, value)
            };
        }
    }
}

/// An SDK client for the tests' own look at what Cognito holds.
pub fn cognito_client() -> CognitoClient {
    let config = aws_sdk_cognitoidentityprovider::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(REGION))
        .endpoint_url(&moto().endpoint)
        .credentials_provider(Credentials::new("testing", "testing", None, None, "tests"))
        .build();
    CognitoClient::from_conf(config)
}

/// The local Cognito's address.
pub fn moto_endpoint() -> String {
    moto().endpoint.clone()
}

/// A TCP relay to the local Cognito that can be cut and mended, to play an outage without
/// losing the emulator's state.
pub struct Relay {
    pub address: String,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Relay {
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("relay port");
        let address = format!("http://{}", listener.local_addr().expect("relay address"));
        let target = moto().endpoint.trim_start_matches("http://").to_owned();
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let is_up = up.clone();
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !is_up.load(std::sync::atomic::Ordering::SeqCst) {
                    drop(inbound); // cut: the connection closes at once
                    continue;
                }
                let target = target.clone();
                tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        Self { address, up }
    }

    pub fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn mend(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}
