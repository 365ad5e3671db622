// SPDX-License-Identifier: Apache-2.0
// The files of an output folder as one .zip to download (annotated copies, a split), with libzip.

import CTaizhangZip
import Foundation

/// Packs the regular files of a folder (not its subfolders) into a zip archive, names in UTF-8
/// so 财政局.xlsx opens as 财政局.xlsx in Windows' Explorer and in WPS.
enum ZipFolder {
    /// Writes `folder`'s files, sorted by name, into a new archive at `archive`.
    ///
    /// - Throws: a reason when libzip fails.
    static func pack(_ folder: String, into archive: String) throws(UploadFolder.Failure) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var error: Int32 = 0
        guard let zip = zip_open(archive, ZIP_CREATE | ZIP_EXCL, &error) else {
            throw UploadFolder.Failure(reason: "zip_open: \(error)")
        }
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            // The file is read when the archive is closed; an .xlsx is itself compressed, so it is stored.
            guard let source = zip_source_file(zip, path, 0, -1) else {
                let reason = String(cString: zip_strerror(zip))
                zip_discard(zip)
                throw UploadFolder.Failure(reason: "zip: \(reason)")
            }
            guard zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8) >= 0 else {
                let reason = String(cString: zip_strerror(zip))
                zip_source_free(source)
                zip_discard(zip)
                throw UploadFolder.Failure(reason: "zip: \(reason)")
            }
            if name.lowercased().hasSuffix(".xlsx") {
                zip_set_file_compression(
                    zip, zip_uint64_t(zip_name_locate(zip, name, ZIP_FL_ENC_UTF_8)), ZIP_CM_STORE, 0)
            }
        }
        guard zip_close(zip) == 0 else {
            let reason = String(cString: zip_strerror(zip))
            zip_discard(zip)
            throw UploadFolder.Failure(reason: "zip: \(reason)")
        }
    }
}
