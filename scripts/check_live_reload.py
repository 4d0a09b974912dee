#!/usr/bin/env python3
"""Checks that a page served by `policypress serve` reloads by itself after an edit, in a real browser.

    python3 scripts/check_live_reload.py URL FILE OLD NEW

Opens URL in headless Chromium, marks the open page, replaces OLD with NEW in FILE, and waits up to 20
seconds for the page to show NEW: the mark must be gone, so the page reloaded itself (nobody else did).
Exits 0 when it did, 1 when it did not.
"""
import pathlib
import sys
import time

from check_pages import browser


def main(url, file, old, new):
    driver = browser()
    try:
        driver.get(url)
        if new in driver.page_source:
            print("the new text is already on the page")
            return 1
        driver.execute_script("window.policypressMark = 1;")
        path = pathlib.Path(file)
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        deadline = time.time() + 20
        while time.time() < deadline:
            time.sleep(0.2)
            reloaded = driver.execute_script("return window.policypressMark === undefined;")
            if reloaded and new in driver.page_source:
                print("reloaded by itself with the new text")
                return 0
        print("the page did not reload with the new text within 20 seconds")
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
