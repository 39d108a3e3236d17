#!/usr/bin/env python3
"""The publishing flow in a real headless browser (Debian's chromium, chromium-driver,
python3-selenium): log in, write a draft, see its problems beside the text, fix it,
submit, log in as a reviewer, read the diff, tick the warning, publish, find the case
by search. Screenshots of every page at 1280 and 390 px go to OUT_DIR.

usage: browser_flow.py ADMIN_BIN INDEX_BIN SERVER_BIN FIXTURE_CORPUS OUT_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By

ADMIN, INDEX, SERVER, FIXTURE, OUT = sys.argv[1:6]
OFFICE = "関東経済産業局"
MARKER = "藤色品質会議"


def case_text(region, extra=""):
    return (
        "---\ntitle: ブラウザで書いた事例で品質会議を立て直した\ncompany: C社\nindustry: 製造業\n"
        f"region: {region}\nwalls: [見えない, 付いてこない]\noutcomes: [組織・人材]\npublished: 2025-01-31\n---\n\n"
        f"## 設定された課題\n\n{MARKER}が形だけになっていた。{extra}\n\n## 支援アプローチ\n\n社員と対話を重ねた。\n\n"
        "## 生まれた事業上の変化\n\n会議で社員が意見を言うようになった。\n"
    )


def admin(state, *args):
    out = subprocess.run([ADMIN, "--state", state, *args], check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


class Flow:
    def __init__(self, base, driver):
        self.base, self.driver, self.shots = base, driver, 0

    def go(self, path):
        self.driver.get(self.base + path)

    def shot(self, name):
        """The page at 1280 and at 390 px wide (a phone), whole height."""
        for width in (1280, 390):
            self.driver.set_window_size(width, 900)
            height = self.driver.execute_script("return document.documentElement.scrollHeight")
            self.driver.set_window_size(width, min(max(height + 120, 900), 6000))
            self.driver.save_screenshot(os.path.join(OUT, f"{self.shots:02d}-{name}-{width}.png"))
        self.driver.set_window_size(1280, 900)
        self.shots += 1

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def text(self):
        """The page's text; a click that navigates may remove or replace the body
        while it is read."""
        for _ in range(100):
            try:
                return self.driver.find_element(By.TAG_NAME, "body").text
            except NoSuchElementException:
                time.sleep(0.1)
            except WebDriverException as error:
                if not is_replaced_under_us(error):
                    raise
                time.sleep(0.1)
        return self.driver.find_element(By.TAG_NAME, "body").text

    def at(self, suffix, timeout=20):
        """Whether the browser reaches a URL ending in suffix within the timeout."""
        deadline = time.monotonic() + timeout
        while not self.driver.current_url.endswith(suffix) and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.driver.current_url.endswith(suffix)

    def shows(self, *needles, timeout=20):
        """Whether the page shows one of the needles within the timeout: after a click
        the next page may not have loaded yet (slow under the sanitizers)."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.text()
            if any(n in text for n in needles) or time.monotonic() > deadline:
                return any(n in text for n in needles)
            time.sleep(0.1)

    def set_textarea(self, value):
        area = self.find("textarea#text")
        self.driver.execute_script("arguments[0].value = arguments[1];", area, value)

    def login(self, login, password):
        self.go("/login")
        self.find("input[name=login]").send_keys(login)
        self.find("input[name=password]").send_keys(password)
        self.find("section.login button[type=submit]").click()


def is_replaced_under_us(error):
    """Whether a WebDriver error says the element was replaced while it was read: Selenium's
    own stale error, or ChromeDriver's "Node with given id does not belong to the document",
    which it raises when a navigation swaps the body between finding and reading it."""
    return isinstance(error, StaleElementReferenceException) or (
        isinstance(error, WebDriverException) and "does not belong to the document" in str(error))


def retry_stale(action, attempts=50):
    """action(), again while the elements it holds are replaced under it."""
    for _ in range(attempts - 1):
        try:
            return action()
        except WebDriverException as error:
            if not is_replaced_under_us(error):
                raise
            time.sleep(0.1)
    return action()


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="casekb-browser-")
    server = None
    driver = None
    try:
        corpus = os.path.join(work, "corpus")
        shutil.copytree(FIXTURE, corpus)
        subprocess.run([INDEX, corpus, "--db", os.path.join(work, "index"), "--quiet"], check=True)
        state = os.path.join(work, "state.db")
        author_password = admin(state, "user", "add", "hanako", "--office", OFFICE, "--role", "author")
        reviewer_password = admin(state, "user", "add", "taro", "--office", OFFICE, "--role", "reviewer")
        server = subprocess.Popen([SERVER, "--db", os.path.join(work, "index"), "--corpus", corpus, "--port", "0",
                                   "--state", state], stdout=subprocess.PIPE, text=True)
        line = server.stdout.readline()
        port = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line).group(1)
        base = f"http://127.0.0.1:{port}"

        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=ja"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        driver.set_page_load_timeout(30)
        flow = Flow(base, driver)

        # The public check page: no login, nothing stored.
        flow.go("/check")
        flow.set_textarea(case_text("埼玉"))
        flow.find("form.draft-form button[type=submit]").click()
        expect(flow.shows("region", "埼玉"), "the check page shows the problem")
        flow.shot("check")

        # The author logs in (a wrong password first), writes a draft with an error.
        flow.go("/drafts")
        expect(flow.at("/login"), "drafts need a login")
        flow.login("hanako", "wrong-password")
        expect(flow.shows("ログイン名かパスワードが違います"), "a wrong password is refused")
        flow.shot("login")
        flow.login("hanako", author_password)
        expect(flow.at("/drafts"), "the author lands on the drafts: " + driver.current_url)
        flow.find("input[name=id]").send_keys("browser-written-case")
        flow.find("form.new-draft button").click()
        expect(flow.at("/drafts/browser-written-case"), "the editor opens")
        flow.set_textarea(case_text("埼玉", "<b>強調</b>"))
        flow.find("button[value=save]").click()
        expect(flow.shows("保存しました"), "saved with problems")
        expect(driver.find_elements(By.CSS_SELECTOR, ".problem.error"), "the error is listed beside the text")
        flow.shot("editor-with-problems")

        # A problem's link selects its line in the text. The page's script may redraw
        # the list from /api/lint meanwhile: find the link again if it was replaced.
        def click_first_problem():
            link = driver.find_elements(By.CSS_SELECTOR, ".problem.error")[0].find_element(By.CSS_SELECTOR, "a[data-line]")
            line = int(link.get_attribute("data-line"))
            link.click()
            return line

        line = retry_stale(click_first_problem)
        selected = driver.execute_script(
            "var t = document.getElementById('text'); return t.value.substring(0, t.selectionStart).split('\\n').length;")
        expect(selected == line, f"the problem's link selects line {line} (got {selected})")

        # Fixed, saved, submitted.
        flow.set_textarea(case_text("埼玉県", "<b>強調</b>"))
        flow.find("button[value=save]").click()
        expect(flow.shows("保存しました"), "saved")
        expect(not driver.find_elements(By.CSS_SELECTOR, ".problem.error"), "no error remains")
        expect(driver.find_elements(By.CSS_SELECTOR, ".problem.warning"), "the raw HTML warning remains")
        expect(driver.find_elements(By.CSS_SELECTOR, ".preview article"), "the preview shows the case")
        flow.shot("editor-fixed")
        flow.find("button[value=submit]").click()
        expect(flow.shows("提出しました"), "submitted: " + flow.text()[:300])
        flow.go("/drafts")
        expect(flow.shows("提出済み"), "the list shows the state")
        flow.shot("drafts")
        flow.find("header form.inline button").click()  # log out
        expect(flow.at("/login"), "logged out")

        # The reviewer reads the rendered case and the diff, ticks the warning, publishes.
        flow.login("taro", reviewer_password)
        expect(flow.at("/review"), "the reviewer lands on the queue")
        flow.shot("review-queue")
        flow.find("table.draft-list a").click()
        expect(driver.find_elements(By.CSS_SELECTOR, "tr.added"), "the diff shows the added lines")
        expect(driver.find_elements(By.CSS_SELECTOR, ".preview article"), "the rendered case is shown")
        flow.shot("review")
        for box in driver.find_elements(By.CSS_SELECTOR, "input[name=reviewed]"):
            box.click()
        flow.find("button[value=publish]").click()
        expect(flow.shows("公開しました"), "published: " + flow.text()[:300])

        # Search finds it at once.
        flow.go("/search?q=" + urllib.parse.quote(MARKER))
        expect(flow.shows("ブラウザで書いた事例"), "search finds the published case")
        flow.go("/cases/browser-written-case")
        expect(flow.shows("品質会議"), "the case page shows it")
        flow.shot("published-case")
        flow.go("/audit")
        expect(flow.shows("publish"), "the audit page lists the publish")
        flow.shot("audit")
        print(f"browser flow: ok, {flow.shots * 2} screenshots in {OUT}")
        print("1 passed, 0 failed")
        return 0
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
