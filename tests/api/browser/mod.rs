//! Journeys in a real browser: headless Chromium driven over WebDriver, each page checked with
//! axe-core (WCAG 2.1 A and AA) and photographed at desktop and phone sizes.
mod journeys;

use crate::helpers::TestApp;
use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

const DESKTOP: (u32, u32) = (1280, 800);
const PHONE: (u32, u32) = (390, 844);

struct Driver {
    url: String,
    _child: Mutex<Child>,
}

/// One chromedriver for the whole test binary; it stops when the binary exits (the shell that
/// runs it waits on our pipe and kills it at end of input).
fn driver() -> &'static Driver {
    static DRIVER: OnceLock<Driver> = OnceLock::new();
    DRIVER.get_or_init(|| {
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
        let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = probe.local_addr().expect("address").port();
        drop(probe);
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(format!("{chromedriver} --port={port} >/dev/null 2>&1 & pid=$!; echo started; cat >/dev/null; kill $pid"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("chromedriver runs (scripts/test installs chromium and chromium-driver)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("started");
        let url = format!("http://127.0.0.1:{port}");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { url, _child: Mutex::new(child) }
    })
}

fn axe_source() -> String {
    let path = std::env::var("AXE_CORE_JS").unwrap_or_else(|_| {
        format!(
            "{}/.cache/npm/node_modules/axe-core/axe.min.js",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core at {path}: {e} (scripts/test installs it)"))
}

/// A person at a browser, on one journey through the portal.
pub struct Journey {
    pub client: Client,
    pub app: TestApp,
    name: &'static str,
    step: u32,
    _profile: TempDir,
}

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Journey {
    pub async fn start(name: &'static str, app: TestApp) -> Self {
        let profile = std::env::temp_dir().join(crate::helpers::unique("chromium-profile"));
        std::fs::create_dir_all(&profile).expect("profile dir");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars",
                    format!("--window-size={},{}", DESKTOP.0, DESKTOP.1),
                    format!("--user-data-dir={}", profile.display()),
                ]
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&driver().url)
            .await
            .expect("a browser session");
        Self {
            client,
            app,
            name,
            step: 0,
            _profile: TempDir(profile),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.app.address)
    }

    pub async fn visit(&mut self, path: &str, label: &str) {
        self.client.goto(&self.url(path)).await.expect("navigation");
        self.check(label).await;
    }

    /// Types into a field, as a person would (the field is cleared first).
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no field {css}"));
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("typing");
    }

    /// Clicks, waits for the next page, then checks and photographs it.
    pub async fn click(&mut self, css: &str, label: &str) {
        let before = self.client.current_url().await.ok();
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("nothing to click at {css}"));
        element.click().await.expect("click");
        // Let the navigation settle (a form post replaces the document).
        for _ in 0..50 {
            let ready: bool = self
                .client
                .execute("return document.readyState === 'complete'", vec![])
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if ready && self.client.current_url().await.ok() != before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.check(label).await;
    }

    pub async fn text(&self, css: &str) -> String {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no {css} on the page"));
        element.text().await.expect("text")
    }

    pub async fn has(&self, css: &str) -> bool {
        self.client
            .find_all(Locator::Css(css))
            .await
            .map(|e| !e.is_empty())
            .unwrap_or(false)
    }

    pub async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.path().to_owned())
            .unwrap_or_default()
    }

    /// axe-core on the page, the layout at phone size, and screenshots at both sizes.
    async fn check(&mut self, label: &str) {
        self.step += 1;
        let page = format!("{}-{:02}-{label}", self.name, self.step);
        let violations = self.accessibility_violations().await;
        assert!(
            violations.is_empty(),
            "{page}: accessibility violations:\n{}",
            violations.join("\n")
        );

        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        for (size, (width, height)) in [("desktop", DESKTOP), ("phone", PHONE)] {
            self.set_viewport(width, height).await;
            if size == "phone" {
                self.assert_fits_a_phone(&page).await;
            }
            let png = self.client.screenshot().await.expect("screenshot");
            std::fs::write(dir.join(format!("{page}-{size}.png")), png).expect("write screenshot");
        }
        self.set_viewport(DESKTOP.0, DESKTOP.1).await;
    }

    /// Sizes the window so that the page itself (the viewport) is `width` x `height`.
    async fn set_viewport(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("resize");
        let inner = self
            .client
            .execute("return [window.innerWidth, window.innerHeight];", vec![])
            .await
            .expect("viewport size");
        let (inner_w, inner_h): (u32, u32) = serde_json::from_value(inner).expect("two numbers");
        let (extra_w, extra_h) = (
            width.saturating_sub(inner_w),
            height.saturating_sub(inner_h),
        );
        if extra_w > 0 || extra_h > 0 {
            self.client
                .set_window_size(width + extra_w, height + extra_h)
                .await
                .expect("resize");
        }
    }

    /// What axe-core finds wrong on the current page (WCAG 2.1 A and AA).
    pub async fn accessibility_violations(&self) -> Vec<String> {
        self.client
            .execute(&axe_source(), vec![])
            .await
            .expect("axe-core loads");
        let violations = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                    .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        serde_json::from_value(violations).unwrap_or_else(|_| vec!["axe gave no answer".to_owned()])
    }

    /// No sideways scrolling, and every button and field at least 44 px high.
    async fn assert_fits_a_phone(&self, page: &str) {
        let report = self
            .client
            .execute(
                "const wide = document.documentElement.scrollWidth > window.innerWidth + 1;
                 const small = [...document.querySelectorAll('button, input:not([type=hidden]), select, .button')]
                   .filter(e => e.offsetParent !== null)
                   .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
                   .map(e => e.outerHTML.slice(0, 80));
                 return { wide, small };",
                vec![],
            )
            .await
            .expect("layout check");
        assert_eq!(
            report["wide"],
            serde_json::json!(false),
            "{page}: scrolls sideways on a phone"
        );
        assert_eq!(
            report["small"],
            serde_json::json!([]),
            "{page}: touch targets under 44 px"
        );
    }

    pub async fn end(self) {
        let _ = self.client.close().await;
    }
}
