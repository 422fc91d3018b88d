//! Redis servers for the tests of several instances: the shared one, and private ones to
//! crash or freeze.
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};

/// A redis-server of the tests' own, on a free loopback port, keeping nothing on disk. It is
/// killed when dropped, so a test that stops and starts it affects no other test.
pub struct RedisServer {
    pub port: u16,
    child: Mutex<Option<Child>>,
}

impl RedisServer {
    pub fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let server = Self {
            port,
            child: Mutex::new(None),
        };
        server.restart();
        server
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    /// Starts it again on the same port (empty: nothing is persisted).
    pub fn restart(&self) {
        let child = redis_command(self.port, None).spawn().unwrap_or_else(|e| {
            panic!("cannot start redis-server ({e}); run scripts/test, which installs it")
        });
        *self.child.lock().expect("redis child") = Some(child);
        wait_for_port(self.port);
    }

    /// Kills it, as a crash would.
    pub fn stop(&self) {
        if let Some(mut child) = self.child.lock().expect("redis child").take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGSTOP / SIGCONT: a Redis that keeps its connections and data but answers nothing.
    pub fn freeze(&self, frozen: bool) {
        let guard = self.child.lock().expect("redis child");
        let pid = guard.as_ref().expect("redis is running").id();
        let signal = if frozen { "-STOP" } else { "-CONT" };
        let status = Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        // A frozen process ignores nothing but SIGKILL, which kill() sends.
        self.stop();
    }
}

/// redis-server on loopback, nothing on disk. With `exit_with`, wrapped so it exits when the
/// stdin it is given closes (the test binary exiting), like the local Cognito.
fn redis_command(port: u16, exit_with_stdin: Option<()>) -> Command {
    let args = format!(
        "--port {port} --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
         --loglevel warning --dir {}",
        std::env::temp_dir().display()
    );
    let mut command = Command::new("sh");
    match exit_with_stdin {
        None => command.args(["-c", &format!("exec redis-server {args}")]),
        Some(()) => command
            .args([
                "-c",
                &format!("redis-server {args} & pid=$!; cat >/dev/null; kill $pid"),
            ])
            .stdin(Stdio::piped()),
    };
    command.stdout(Stdio::null()).stderr(Stdio::null());
    command
}

fn wait_for_port(port: u16) {
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("redis-server did not start on port {port}");
}

/// The Redis the tests share: the one `scripts/test` started (`PORTAL_TEST_REDIS_URL`), else
/// one started here for the life of the test binary. Each portal gets its own key prefix.
pub fn shared_redis_url() -> String {
    static URL: OnceLock<(String, Option<Mutex<Child>>)> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("PORTAL_TEST_REDIS_URL") {
            return (url, None);
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = redis_command(port, Some(())).spawn().unwrap_or_else(|e| {
            panic!("cannot start redis-server ({e}); run scripts/test, which installs it")
        });
        wait_for_port(port);
        (
            format!("redis://127.0.0.1:{port}/0"),
            Some(Mutex::new(child)),
        )
    })
    .0
    .clone()
}
