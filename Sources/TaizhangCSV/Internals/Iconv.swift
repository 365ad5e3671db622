// SPDX-License-Identifier: Apache-2.0
// A thin wrapper over the C library's iconv: one call converts a whole buffer.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why iconv stopped.
enum IconvFailure: Error, Equatable {
    /// The C library does not know one of the encodings.
    case unknownEncoding(String)
    /// The byte at this offset starts no valid character.
    case invalidSequence(offset: Int)
    /// The input ends inside a character that starts at this offset.
    case truncatedSequence(offset: Int)
}

/// Converts bytes between character sets with the C library's iconv.
enum Iconv {
    /// Converts `input` from one encoding to another, failing on the first invalid byte.
    static func convert(_ input: [UInt8], from source: String, to target: String) throws(IconvFailure) -> [UInt8] {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
            throw .unknownEncoding(source)
        }
        defer { iconv_close(descriptor) }
        if input.isEmpty { return [] }

        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        var consumed = 0
        var failure: IconvFailure?
        input.withUnsafeBufferPointer { inputBuffer in
            guard let start = inputBuffer.baseAddress else { return }
            let base = UnsafeMutablePointer(mutating: start)
            while consumed < input.count {
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base + consumed)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = input.count - consumed
                let outCapacity = output.count - produced
                var outLeft = outCapacity
                let result = output.withUnsafeMutableBufferPointer { outputBuffer -> Int in
                    guard let outStart = outputBuffer.baseAddress else { return -1 }
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outStart + produced)
                        .assumingMemoryBound(to: CChar.self)
                    return iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                }
                let errorNumber = errno
                consumed = input.count - inLeft
                produced += outCapacity - outLeft
                if result != -1 { break }
                switch errorNumber {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: output.count))
                case EILSEQ:
                    failure = .invalidSequence(offset: consumed)
                    return
                case EINVAL:
                    failure = .truncatedSequence(offset: consumed)
                    return
                default:
                    failure = .invalidSequence(offset: consumed)
                    return
                }
            }
        }
        if let failure { throw failure }
        output.removeSubrange(produced...)
        return output
    }
}
