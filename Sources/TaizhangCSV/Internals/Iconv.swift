// SPDX-License-Identifier: Apache-2.0
// A thin wrapper over the C library's iconv: a conversion fed in chunks of any size.

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

/// One conversion between character sets with the C library's iconv, fed chunk by chunk: a
/// character cut at the end of a chunk waits for the next.
final class IconvStream {
    private let descriptor: iconv_t
    /// The bytes of a character cut at the end of the last chunk.
    private var carry: [UInt8] = []
    /// Input bytes converted before the current chunk, for offsets in failures.
    private var consumedBefore = 0

    /// Opens a conversion.
    init(from source: String, to target: String) throws(IconvFailure) {
        guard let descriptor = iconv_open(target, source), descriptor != iconv_t(bitPattern: -1) else {
            throw .unknownEncoding(source)
        }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Converts the next chunk; with `final`, a character still cut at the end is a failure.
    ///
    /// - Throws: ``IconvFailure`` with the offset from the start of the whole input.
    func convert(_ chunk: some Collection<UInt8>, final: Bool) throws(IconvFailure) -> [UInt8] {
        var input = carry
        input.append(contentsOf: chunk)
        carry = []
        let start = consumedBefore
        if input.isEmpty { return [] }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        var consumed = 0
        var failure: IconvFailure?
        input.withUnsafeBufferPointer { inputBuffer in
            guard let first = inputBuffer.baseAddress else { return }
            let base = UnsafeMutablePointer(mutating: first)
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
                case EINVAL:
                    if !final { return }
                    failure = .truncatedSequence(offset: start + consumed)
                    return
                default:
                    failure = .invalidSequence(offset: start + consumed)
                    return
                }
            }
        }
        if let failure { throw failure }
        carry = Array(input[consumed...])
        consumedBefore = start + consumed
        output.removeSubrange(produced...)
        return output
    }
}

/// Converts whole buffers between character sets.
enum Iconv {
    /// Converts `input` from one encoding to another, failing on the first invalid byte.
    static func convert(_ input: [UInt8], from source: String, to target: String) throws(IconvFailure) -> [UInt8] {
        try IconvStream(from: source, to: target).convert(input, final: true)
    }
}
