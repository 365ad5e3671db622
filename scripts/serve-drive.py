#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Drives the `taizhang serve` page in headless Chromium as a clerk would: chooses the example
sheets in the check form, presses 查看问题, waits for the findings table and saves a 1366×768
screenshot; then converts the first sheet and waits for the page to say it saved the workbook. Speaks the DevTools protocol over a WebSocket written here with the standard library
only, so nothing but Python and Chromium is needed.

Usage: serve-drive.py URL OUTPUT.png FILE... [--roster FILE] [--as-of YYYY-MM-DD]
Prints the number of findings rows, then the convert form's "✓ NAME"; exits 1 when either fails.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request


class DevTools:
    """One WebSocket connection to a page target, sending commands and waiting for their answers."""

    def __init__(self, url):
        host_port, path = url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"no WebSocket upgrade: {head[:100]!r}")
        self.next_id = 0

    def _read_exact(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise RuntimeError("DevTools connection closed")
            data += chunk
        return data

    def _receive(self):
        message = b""
        while True:
            first, second = self._read_exact(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read_exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read_exact(8))[0]
            message += self._read_exact(length)
            if first & 0x80:
                return json.loads(message)

    def call(self, method, **params):
        self.next_id += 1
        payload = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        self.sock.sendall(header + mask + masked)
        while True:
            answer = self._receive()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if self.evaluate(expression):
                    return True
            except RuntimeError:
                pass  # the document is being replaced
            time.sleep(0.2)
        return False


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("serve-drive: chromium is not installed (apt-get install chromium)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("output")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--roster")
    parser.add_argument("--as-of")
    arguments = parser.parse_args()

    profile = tempfile.mkdtemp(prefix="taizhang-chromium-")
    browser = subprocess.Popen(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1366,768",
         "--lang=zh-CN", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = os.path.join(profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().count("\n") >= 1:
                break
            time.sleep(0.1)
        port = open(port_file).read().split("\n")[0]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(target for target in targets if target["type"] == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        tools.call("Emulation.setDeviceMetricsOverride", width=1366, height=768, deviceScaleFactor=1, mobile=False)
        tools.call("Page.enable")
        tools.call("Page.navigate", url=arguments.url)
        if not tools.wait_for("document.readyState === 'complete' && !!document.querySelector('form')"):
            sys.exit("serve-drive: the page did not load")

        form = "form[action^='/api/validate']"
        root = tools.call("DOM.getDocument")["root"]["nodeId"]

        def choose(selector, paths):
            node = tools.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
            tools.call("DOM.setFileInputFiles", files=[os.path.abspath(path) for path in paths], nodeId=node)

        choose(f"{form} input[name=files]", arguments.files)
        if arguments.roster:
            choose(f"{form} input[name=roster]", [arguments.roster])
        if arguments.as_of:
            tools.evaluate(f"document.querySelector(\"{form} input[name=asOf]\").value = '{arguments.as_of}'")
        # The clerk presses 查看问题: the page's script uploads with a progress bar and shows the answer.
        tools.evaluate(f"document.querySelector(\"{form} button[type=submit]\").click()")
        if not tools.wait_for("document.querySelectorAll('#results tbody tr').length > 0"):
            status = tools.evaluate(f"(document.querySelector(\"{form} .status\") || {{}}).textContent")
            sys.exit(f"serve-drive: no findings table appeared (the form says: {status!r})")
        rows = tools.evaluate("document.querySelectorAll('#results tbody tr').length")
        shot = tools.call("Page.captureScreenshot", format="png")
        with open(arguments.output, "wb") as output:
            output.write(base64.b64decode(shot["data"]))
        print(rows)

        # Then the first file through 转换格式: the script saves the answer and says what it saved.
        convert = "form[action^='/api/convert']"
        choose(f"{convert} input[name=file]", arguments.files[:1])
        tools.evaluate(f"document.querySelector(\"{convert} button[type=submit]\").click()")
        saved = f"(document.querySelector(\"{convert} .status\").textContent || '')"
        if not tools.wait_for(f"{saved}.indexOf('✓') === 0"):
            sys.exit(f"serve-drive: the conversion was not saved (the form says: {tools.evaluate(saved)!r})")
        print(tools.evaluate(saved))
    finally:
        browser.terminate()
        browser.wait(timeout=30)
        # Chromium's helper processes may still write into the profile after the browser exits.
        for _ in range(50):
            shutil.rmtree(profile, ignore_errors=True)
            if not os.path.exists(profile):
                break
            time.sleep(0.1)


if __name__ == "__main__":
    main()
