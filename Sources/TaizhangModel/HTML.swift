// SPDX-License-Identifier: Apache-2.0
// Text made safe for HTML: the one escaping the bulletin page and the web page share.

/// HTML written by taizhang (the bulletin, the page of `taizhang serve`).
public enum HTML {
    /// Text made safe inside an element or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
