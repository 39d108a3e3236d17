#!/usr/bin/env python3
"""The public search pages in a real headless browser (Debian's chromium,
chromium-driver, python3-selenium; poppler-utils for the print check), over the
real corpus: one form keeps the words and the filters, a chip removes its filter,
a case's ← link returns to the search, on a phone (390 px) 「絞り込み (n)」 sits
above the first result and the tab order follows the screen, and a typical case
prints on at most two A4 pages with no blank page. Screenshots at 1280 and 390 px
and the printed pages (PDF and PNG) go to OUT_DIR.

usage: browser_pages.py INDEX_BIN SERVER_BIN CORPUS OUT_DIR
"""
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

INDEX, SERVER, CORPUS, OUT = sys.argv[1:5]
PUBLIC_URL = "https://casekb.example.jp"
# A typical case: a training composite of ordinary length with its questions.
TYPICAL_CASE = "apple-orchard-aomori"
REPORT_CASE = "a-seimitsu-saitama"  # one of the three real cases, the longest kind


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def replaced(element):
    """A wait condition: `element`'s document has been replaced by the next page.

    Selenium's staleness_of expects StaleElementReferenceException; Chromium may
    instead answer "Node with given id does not belong to the document" for a node of
    a replaced document, which staleness_of lets through as an error (seen under
    load). Both mean the same here."""
    def predicate(_):
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
    return predicate


class Browser:
    def __init__(self, base, driver):
        self.base, self.driver = base, driver

    def go(self, path):
        self.driver.get(self.base + path)

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def finds(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def submit(self, element, *keys):
        """Clicks (or types keys into) element and waits for the next page."""
        old = self.find("html")
        if keys:
            element.send_keys(*keys)
        else:
            element.click()
        WebDriverWait(self.driver, 10).until(replaced(old))
        # The old page is gone; wait until the new one is whole, or a find() may land on
        # a node of a document that is still being replaced ("does not belong to the
        # document", seen once under load).
        WebDriverWait(self.driver, 20).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def params(self):
        return urllib.parse.parse_qs(urllib.parse.urlparse(self.driver.current_url).query)

    def width(self, width):
        self.driver.set_window_size(width, 900)

    def shot(self, name, widths=(1280, 390)):
        """The page as it is now at each width, whole height."""
        for width in widths:
            self.driver.set_window_size(width, 900)
            height = self.driver.execute_script("return document.documentElement.scrollHeight")
            self.driver.set_window_size(width, min(max(height + 120, 900), 8000))
            self.driver.save_screenshot(os.path.join(OUT, f"{name}-{width}.png"))
        self.driver.set_window_size(1280, 900)

    def print_pdf(self, name):
        """Chromium's print to PDF with the page's own @page size; returns (pages, sizes, texts)."""
        pdf = self.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        path = os.path.join(OUT, f"{name}.pdf")
        with open(path, "wb") as f:
            f.write(base64.b64decode(pdf["data"]))
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "20", path], check=True, capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.M)
        texts = [subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), path, "-"], check=True, capture_output=True,
                                text=True).stdout for p in range(1, pages + 1)]
        subprocess.run(["pdftoppm", "-r", "60", "-png", path, os.path.join(OUT, name)], check=True)
        return pages, sizes, texts


def rendered_fonts(driver, css):
    """The platform fonts Chromium drew the text of the first `css` element with."""
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": css})["nodeId"]
    fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return [f["familyName"] for f in fonts]


def check_one_form(b):
    """Words and filters survive each other's changes."""
    b.width(1280)
    b.go("/")
    expect(b.find("h1").text == "伴走支援の事例を探す", "the home page has its h1")
    fonts = rendered_fonts(b.driver, "h1")
    expect(fonts and fonts[0] == "Noto Sans CJK JP", f"Japanese is drawn with Noto Sans CJK JP (fonts-noto-cjk): {fonts}")
    b.shot("01-home")
    box = b.find("form#search input[name=q]")
    box.send_keys("事業承継")
    b.find("form#search input[name=wall][value='見えない']").click()
    b.submit(b.find("form#search .searchbox button"))
    p = b.params()
    expect(p.get("q") == ["事業承継"] and p.get("wall") == ["見えない"] and "sort" not in p,
           f"検索 keeps the ticked filter: {p}")
    # A new word, Enter: the filter stays.
    box = b.find("form#search input[name=q]")
    box.clear()
    b.submit(box, "後継者", Keys.ENTER)
    p = b.params()
    expect(p.get("q") == ["後継者"] and p.get("wall") == ["見えない"], f"a new word keeps the filter: {p}")
    # A new word typed, then 絞り込む with another filter: the word stays.
    box = b.find("form#search input[name=q]")
    box.clear()
    box.send_keys("事業承継")
    b.find("form#search input[name=kind][value='研修用の架空事例']").click()
    b.submit(b.find("form#search .facets button[type=submit]"))
    p = b.params()
    expect(p.get("q") == ["事業承継"] and p.get("wall") == ["見えない"] and p.get("kind") == ["研修用の架空事例"],
           f"絞り込む keeps the new word: {p}")
    expect("見えない" in b.driver.title and "事業承継" in b.driver.title, "the title names the search: " + b.driver.title)
    chips = b.finds(".summary .chips a.chip")
    expect(len(chips) == 2, f"two chips beside the count ({len(chips)})")
    b.shot("02-search-filters")


def check_chips_remove_a_filter(b):
    chip = [c for c in b.finds("a.chip") if "見えない" in c.text][0]
    b.submit(chip)
    p = b.params()
    expect("wall" not in p and p.get("q") == ["事業承継"] and p.get("kind") == ["研修用の架空事例"],
           f"the chip removed its filter only: {p}")
    expect(not b.find("input[name=wall][value='見えない']").is_selected(), "the box is no longer ticked")


def check_back_to_the_search(b):
    search_url = b.driver.current_url
    b.submit(b.find("ol.result-list h2 a"))
    expect("/cases/" in b.driver.current_url, "a result opens its case")
    expect(b.finds(".training-notice .badge.training"), "a composite says so under its title")
    b.submit(b.find("p.back a"))
    expect(b.params() == urllib.parse.parse_qs(urllib.parse.urlparse(search_url).query),
           f"← returns to the same search: {b.driver.current_url} vs {search_url}")


def check_phone(b):
    b.width(390)
    b.go("/search?q=" + urllib.parse.quote("事業承継") + "&wall=" + urllib.parse.quote("見えない"))
    summary = b.find("a.filters-toggle")
    first = b.find("ol.result-list li.result")
    expect(summary.is_displayed() and summary.text.startswith("絞り込み (1)"), "絞り込み (n) shows on a phone: " + summary.text)
    expect(summary.rect["y"] + summary.rect["height"] <= first.rect["y"],
           f"絞り込み is above the first result ({summary.rect['y']} vs {first.rect['y']})")
    expect(summary.rect["y"] < 900, f"絞り込み is on the first screen (y={summary.rect['y']})")
    b.shot("03-search-phone-closed", widths=(390,))
    b.width(390)
    # The first Tab reaches the skip link.
    b.find("body").send_keys(Keys.TAB)
    active = b.driver.switch_to.active_element
    expect(active.get_attribute("class") == "skip-link", "the first Tab is the skip link")
    # Tab order follows the screen: focusable elements in document order go down the page.
    tops = b.driver.execute_script("""
      const sel = 'a[href], input:not([type=hidden]), select, button';
      return [...document.querySelectorAll(sel)]
        .filter(e => e.offsetParent !== null && e.className !== 'skip-link')
        .map(e => [Math.round(e.getBoundingClientRect().top + window.scrollY), e.outerHTML.slice(0, 80)]);""")
    backwards = [(tops[i - 1], tops[i]) for i in range(1, len(tops)) if tops[i][0] < tops[i - 1][0] - 40]
    expect(not backwards, f"tab order goes up the screen at {backwards[:3]}")
    summary.click()
    rows = [r for r in b.finds(".facets label") if r.is_displayed()]
    expect(rows, "the filters open")
    small = [r.text for r in rows if r.rect["height"] < 24]
    expect(not small, f"checkbox rows are at least 24 px: {small[:3]}")
    b.driver.set_window_size(390, 2400)
    b.driver.save_screenshot(os.path.join(OUT, "04-search-phone-open-390.png"))
    b.width(1280)
    expect(not b.find("a.filters-toggle").is_displayed(), "on a wide screen the filters are a side column")
    expect(b.find(".facets").is_displayed(), "the filters show on a wide screen")


def check_case_and_print(b):
    b.width(1280)
    b.go(f"/cases/{TYPICAL_CASE}")
    b.shot("05-case")
    results = {}
    for case in (TYPICAL_CASE, REPORT_CASE):
        b.go(f"/cases/{case}")
        pages, sizes, texts = b.print_pdf(f"06-print-{case}")
        results[case] = pages
        for w, h in sizes:
            expect(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2, f"{case}: A4 pages ({w} x {h})")
        blank = [i + 1 for i, t in enumerate(texts) if len(t.strip()) < 20]
        expect(not blank, f"{case}: no blank page (blank: {blank} of {pages})")
        expect(PUBLIC_URL + "/cases/" + case in "".join(texts).replace("\n", ""), f"{case}: the address is printed")
    expect(results[TYPICAL_CASE] <= 2, f"a typical case prints on at most 2 A4 pages ({results[TYPICAL_CASE]})")
    return results


def check_similar(b):
    b.width(1280)
    b.go("/similar")
    area = b.find("textarea[name=text]")
    area.send_keys("従業員30名の金属加工業。社長が交代したが、ベテラン社員が新しい方針に付いてこない。原価も見えていない。")
    b.submit(b.find(".similar-form button[type=submit]"))
    expect(b.finds(".wall-hints a.wall-search"), "the suggested walls link to their searches")
    expect(b.finds(".similar .badge.training"), "similar composites are marked")
    b.shot("07-similar")


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="casekb-pages-")
    server = driver = None
    try:
        corpus = os.path.join(work, "corpus")
        shutil.copytree(CORPUS, corpus)
        subprocess.run([INDEX, corpus, "--db", os.path.join(work, "index"), "--quiet", "--allow-invalid"], check=True,
                       stdout=subprocess.DEVNULL)
        server = subprocess.Popen([SERVER, "--db", os.path.join(work, "index"), "--corpus", corpus, "--port", "0",
                                   "--public-url", PUBLIC_URL], stdout=subprocess.PIPE, text=True)
        port = re.search(r"listening on http://127\.0\.0\.1:(\d+)", server.stdout.readline()).group(1)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=ja"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        driver.set_page_load_timeout(30)
        b = Browser(f"http://127.0.0.1:{port}", driver)

        check_one_form(b)
        check_chips_remove_a_filter(b)
        check_back_to_the_search(b)
        check_phone(b)
        printed = check_case_and_print(b)
        check_similar(b)
        print("printed pages: " + ", ".join(f"{c} {n}" for c, n in printed.items()))
        print(f"browser pages: ok, screenshots and prints in {OUT}")
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
