//! A Cognito that fails on demand: an HTTP endpoint in front of the local Cognito that passes
//! every call through, except the operations told to fail, which get the fault instead (an
//! error code as real Cognito shapes it, a 500, a body that is not JSON, or no answer).
use super::cognito::moto;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What a failing operation answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Status 400 (500 for InternalErrorException) with `{"__type": code, "message": ...}`.
    Error(&'static str),
    /// This status with an empty body.
    Status(u16),
    /// Status 400 with a body that is not JSON (no error code to read).
    Malformed,
    /// No answer for longer than the portal waits.
    Timeout,
    /// Passed through to Cognito, which does what was asked; then this status, empty, in
    /// place of Cognito's answer (a 5xx that came after the work was done).
    AfterReaching(u16),
    /// Passed through to Cognito, which does what was asked; then no answer for longer than
    /// the portal waits (a connection lost on the way back).
    SilentAfterReaching,
}

/// Text in every faked error message: it must never reach a page.
pub const COGNITO_SAYS: &str = "Cognito-internal-detail-7f3a";

impl Fault {
    /// Every error each operation the portal calls can answer with, as the SDK models them,
    /// and then what is not an error code at all.
    pub const ALL: [Fault; 23] = [
        Fault::Error("NotAuthorizedException"),
        Fault::Error("UserNotFoundException"),
        Fault::Error("ResourceNotFoundException"),
        Fault::Error("InvalidParameterException"),
        Fault::Error("CodeMismatchException"),
        Fault::Error("ExpiredCodeException"),
        Fault::Error("LimitExceededException"),
        Fault::Error("TooManyRequestsException"),
        Fault::Error("InternalErrorException"),
        Fault::Error("SomethingCognitoAddedLaterException"),
        Fault::Error("UsernameExistsException"),
        Fault::Error("InvalidPasswordException"),
        Fault::Error("PasswordResetRequiredException"),
        Fault::Error("TooManyFailedAttemptsException"),
        Fault::Error("AliasExistsException"),
        Fault::Error("UserNotConfirmedException"),
        Fault::Error("InvalidUserPoolConfigurationException"),
        Fault::Error("UnexpectedLambdaException"),
        Fault::Error("ForbiddenException"),
        Fault::Error("CodeDeliveryFailureException"),
        Fault::Status(500),
        Fault::Malformed,
        Fault::Timeout,
    ];
}

#[derive(Default)]
struct Script {
    /// Operation (e.g. `AdminDisableUser`) -> its fault; `*` for every operation.
    faults: HashMap<String, Fault>,
    /// Operation -> (text, fault): the fault only when what was sent holds the text.
    faults_when_sent: HashMap<String, (String, Fault)>,
    /// Operations asked for and what was sent, in order (passed through or not).
    calls: Vec<(String, String)>,
}

pub struct FaultyCognito {
    pub endpoint: String,
    script: Arc<Mutex<Script>>,
}

impl FaultyCognito {
    pub async fn start() -> Self {
        let upstream = moto().endpoint.clone();
        let script = Arc::new(Mutex::new(Script::default()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = listener.local_addr().expect("its address").port();
        let shared = web::Data::new((script.clone(), upstream));
        let server = HttpServer::new(move || {
            App::new()
                .app_data(shared.clone())
                // One client per worker: its connections live on that worker's runtime.
                .app_data(web::Data::new(reqwest::Client::new()))
                .app_data(web::PayloadConfig::new(1024 * 1024))
                .default_service(web::to(answer))
        })
        .workers(1)
        .disable_signals()
        .listen(listener)
        .expect("the fault server listens")
        .run();
        tokio::spawn(server);
        Self {
            endpoint: format!("http://127.0.0.1:{port}"),
            script,
        }
    }

    /// `operation` (or `*`, every operation) answers with `fault` until `heal`.
    pub fn fail(&self, operation: &str, fault: Fault) {
        let mut script = self.script.lock().expect("script");
        script.faults.insert(operation.to_owned(), fault);
    }

    /// `operation` answers with `fault` only when what is sent holds `text` (e.g. a setting
    /// Cognito refuses).
    pub fn fail_when_sent(&self, operation: &str, text: &str, fault: Fault) {
        let mut script = self.script.lock().expect("script");
        script
            .faults_when_sent
            .insert(operation.to_owned(), (text.to_owned(), fault));
    }

    /// The operations asked for since the last call, with what was sent, in order.
    pub fn take_calls(&self) -> Vec<(String, String)> {
        std::mem::take(&mut self.script.lock().expect("script").calls)
    }
}

type Shared = (Arc<Mutex<Script>>, String);

async fn answer(
    req: HttpRequest,
    body: web::Bytes,
    shared: web::Data<Shared>,
    client: web::Data<reqwest::Client>,
) -> HttpResponse {
    let (script, upstream) = shared.get_ref();
    let target = req
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let operation = target.rsplit('.').next().unwrap_or_default().to_owned();
    let fault = {
        let mut script = script.lock().expect("script");
        script.calls.push((
            operation.clone(),
            String::from_utf8_lossy(&body).into_owned(),
        ));
        let sent = String::from_utf8_lossy(&body);
        script
            .faults_when_sent
            .get(&operation)
            .filter(|(text, _)| sent.contains(text.as_str()))
            .map(|(_, fault)| fault)
            .or_else(|| script.faults.get(&operation))
            .or_else(|| script.faults.get("*"))
            .cloned()
    };
    let json = "application/x-amz-json-1.1";
    match fault {
        Some(Fault::Error(code)) => {
            let status = if code == "InternalErrorException" {
                500
            } else {
                400
            };
            let body = serde_json::json!({"__type": code, "message": format!("{COGNITO_SAYS} for {operation}")});
            HttpResponse::build(actix_web::http::StatusCode::from_u16(status).expect("status"))
                .content_type(json)
                .insert_header(("x-amzn-errortype", code))
                .body(body.to_string())
        }
        Some(Fault::Status(status)) => {
            HttpResponse::build(actix_web::http::StatusCode::from_u16(status).expect("status"))
                .content_type(json)
                .finish()
        }
        Some(Fault::Malformed) => HttpResponse::BadRequest()
            .content_type(json)
            .body(format!("<html>{COGNITO_SAYS}</html>")),
        Some(Fault::Timeout) => {
            tokio::time::sleep(Duration::from_secs(30)).await;
            HttpResponse::GatewayTimeout().finish()
        }
        Some(Fault::AfterReaching(status)) => {
            let _ = pass_through(&req, body, upstream, &client).await;
            HttpResponse::build(actix_web::http::StatusCode::from_u16(status).expect("status"))
                .content_type(json)
                .finish()
        }
        Some(Fault::SilentAfterReaching) => {
            let _ = pass_through(&req, body, upstream, &client).await;
            tokio::time::sleep(Duration::from_secs(30)).await;
            HttpResponse::GatewayTimeout().finish()
        }
        None => pass_through(&req, body, upstream, &client).await,
    }
}

/// Sends the call on to the local Cognito and gives back its answer as it came.
async fn pass_through(
    req: &HttpRequest,
    body: web::Bytes,
    upstream: &str,
    client: &reqwest::Client,
) -> HttpResponse {
    let mut forward = client.post(upstream).body(body);
    for (name, value) in req.headers() {
        if name != "host" && name != "content-length" {
            forward = forward.header(name.as_str(), value.as_bytes());
        }
    }
    let Ok(response) = forward.send().await else {
        return HttpResponse::BadGateway().finish();
    };
    let status = response.status().as_u16();
    let headers: Vec<(String, Vec<u8>)> = response
        .headers()
        .iter()
        .filter(|(n, _)| {
            !matches!(
                n.as_str(),
                "content-length" | "transfer-encoding" | "connection"
            )
        })
        .map(|(n, v)| (n.as_str().to_owned(), v.as_bytes().to_vec()))
        .collect();
    let bytes = response.bytes().await.unwrap_or_default();
    let mut out =
        HttpResponse::build(actix_web::http::StatusCode::from_u16(status).expect("status"));
    for (name, value) in headers {
        out.insert_header((name, value));
    }
    out.body(bytes)
}
