#include "archive_support.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace uw::archive {

// --- progress -------------------------------------------------------------------------------

Runners &runners()
{
    static Runners set;
    return set;
}

Progress::Progress(Context &context)
    : m_context(context)
{
    m_clock.start();
}

void Progress::report(double fraction, const Text &text)
{
    fraction = qBound(m_last, fraction, 1.0);
    if (fraction - m_last < 0.01 && m_clock.elapsed() < 200)
        return;
    force(fraction, text);
}

void Progress::force(double fraction, const Text &text)
{
    m_last = qBound(m_last, fraction, 1.0);
    m_clock.restart();
    m_context.progress(m_last, text);
}

// --- watched file ---------------------------------------------------------------------------

WatchedFile::WatchedFile(const QString &path, const std::atomic_bool &cancelled,
                         std::function<void(qint64, qint64)> onRead)
    : m_file(path)
    , m_cancelled(cancelled)
    , m_onRead(std::move(onRead))
{ }

bool WatchedFile::open(OpenMode mode)
{
    if (mode & WriteOnly)
        return false;
    if (!m_file.open(ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    return QIODevice::open(mode);
}

void WatchedFile::close()
{
    QIODevice::close();
    m_file.close();
}

qint64 WatchedFile::size() const
{
    return m_file.size();
}

bool WatchedFile::seek(qint64 position)
{
    return QIODevice::seek(position) && m_file.seek(position);
}

qint64 WatchedFile::readData(char *data, qint64 maxSize)
{
    if (m_cancelled) {
        setErrorString(QStringLiteral("cancelled"));
        return -1;
    }
    const qint64 n = m_file.read(data, maxSize);
    if (n < 0)
        setErrorString(m_file.errorString());
    else if (m_onRead)
        m_onRead(m_file.pos(), m_file.size());
    return n;
}

// --- tar ------------------------------------------------------------------------------------

namespace {

constexpr qint64 kBlock = 512;
// Long names and pax records are read into memory; a real one is a few hundred bytes.
constexpr qint64 kMaxMetaSize = 16 * 1024 * 1024;

QByteArray field(const char *header, int offset, int length)
{
    return QByteArray(header + offset, qstrnlen(header + offset, length));
}

std::optional<qint64> number(const char *header, int offset, int length)
{
    const auto first = static_cast<unsigned char>(header[offset]);
    if (first & 0x80) {
        // Base-256, which GNU tar uses for sizes of 8 GiB and more.
        if (first == 0xff)
            return std::nullopt;
        quint64 value = first & 0x7f;
        for (int i = 1; i < length; ++i) {
            if (value >> 55)
                return std::nullopt;
            value = (value << 8) | static_cast<unsigned char>(header[offset + i]);
        }
        return qint64(value);
    }
    const QByteArray text = field(header, offset, length).trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 8);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

bool checksumMatches(const char *header)
{
    const std::optional<qint64> stored = number(header, 148, 8);
    if (!stored)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < kBlock; ++i) {
        const bool inChecksum = i >= 148 && i < 156;
        unsignedSum += inChecksum ? ' ' : static_cast<unsigned char>(header[i]);
        signedSum += inChecksum ? ' ' : static_cast<signed char>(header[i]);
    }
    // Some old tar programs summed signed chars.
    return *stored == unsignedSum || *stored == signedSum;
}

QHash<QByteArray, QByteArray> paxRecords(const QByteArray &data)
{
    // Records are "LENGTH key=value\n", LENGTH counting the whole record.
    QHash<QByteArray, QByteArray> records;
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype space = data.indexOf(' ', at);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype length = data.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at || at + length > data.size())
            break;
        const QByteArray record = data.mid(space + 1, at + length - space - 1);
        const qsizetype equals = record.indexOf('=');
        if (equals > 0)
            records.insert(record.left(equals), record.mid(equals + 1).chopped(record.endsWith('\n') ? 1 : 0));
        at += length;
    }
    return records;
}

} // namespace

TarReader::TarReader(QIODevice *device)
    : m_device(device)
{ }

qint64 TarReader::readFully(char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_device->read(data + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

bool TarReader::skip(qint64 size)
{
    // Read rather than seek: seeking a decompressing device decompresses anyway, in one call
    // that cannot be interrupted.
    QByteArray buffer(qMin<qint64>(size, 64 * 1024), Qt::Uninitialized);
    while (size > 0) {
        const qint64 n = readFully(buffer.data(), qMin<qint64>(size, buffer.size()));
        if (n <= 0)
            return false;
        size -= n;
    }
    return true;
}

qint64 TarReader::read(char *data, qint64 maxSize)
{
    const qint64 n = readFully(data, qMin(maxSize, m_remaining));
    if (n > 0)
        m_remaining -= n;
    return n;
}

QString TarReader::streamError() const
{
    const QString after = m_current.isEmpty() ? QString() : QStringLiteral(" (while reading \"%1\")").arg(m_current);
    if (m_device->errorString().isEmpty() || m_device->errorString() == QLatin1String("Unknown error"))
        return QStringLiteral("the archive ends in the middle of an entry's data (it is truncated or damaged)%1")
            .arg(after);
    return m_device->errorString() + after;
}

std::expected<void, QString> TarReader::finish()
{
    char buffer[16 * 1024];
    while (true) {
        const qint64 n = m_device->read(buffer, sizeof buffer);
        if (n < 0)
            return std::unexpected(QStringLiteral("%1 (after the last entry)").arg(m_device->errorString()));
        if (n == 0)
            return {};
    }
}

std::expected<std::optional<Entry>, QString> TarReader::next()
{
    if (m_remaining + m_padding > 0 && !skip(m_remaining + m_padding))
        return std::unexpected(streamError());
    m_remaining = m_padding = 0;

    QString longName;
    QString longLink;
    QHash<QByteArray, QByteArray> pax;
    while (true) {
        char header[kBlock];
        const qint64 n = readFully(header, kBlock);
        // Every tar writer ends the archive with zero blocks (KTar aside, whose archives the
        // backup completes): data that stops at a header boundary was cut there.
        if (n == 0)
            return std::unexpected(
                m_current.isEmpty()
                    ? QStringLiteral("the archive ends without the zero blocks that close a tar: it is empty or "
                                     "truncated")
                    : QStringLiteral("the archive ends after \"%1\" without the zero blocks that close a tar: it "
                                     "is truncated")
                          .arg(m_current));
        if (n < 0)
            return std::unexpected(
                m_device->errorString()
                + (m_current.isEmpty() ? QString() : QStringLiteral(" (after \"%1\")").arg(m_current)));
        if (n < kBlock)
            return std::unexpected(QStringLiteral("the archive ends in the middle of a header (it is truncated)"));
        if (std::all_of(header, header + kBlock, [](char c) { return c == 0; }))
            return std::nullopt;
        ++m_headers;
        if (!checksumMatches(header))
            return std::unexpected(
                QStringLiteral("header %1 has a bad checksum: the file is damaged or not a tar archive")
                    .arg(m_headers));
        std::optional<qint64> size = number(header, 124, 12);
        if (!size)
            return std::unexpected(QStringLiteral("header %1 has an invalid size field").arg(m_headers));
        const char type = header[156];
        const qint64 padding = (kBlock - *size % kBlock) % kBlock;

        if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
            if (*size > kMaxMetaSize)
                return std::unexpected(
                    QStringLiteral("header %1 has an implausibly long name or extended header").arg(m_headers));
            QByteArray data(*size, Qt::Uninitialized);
            if (readFully(data.data(), *size) != *size || !skip(padding))
                return std::unexpected(QStringLiteral("the archive ends inside an extended header (it is truncated)"));
            if (type == 'L')
                longName = QFile::decodeName(QByteArray(data.constData(), qstrnlen(data.constData(), data.size())));
            else if (type == 'K')
                longLink = QFile::decodeName(QByteArray(data.constData(), qstrnlen(data.constData(), data.size())));
            else if (type == 'x')
                pax = paxRecords(data);
            // 'g': global pax records; none of them changes where or what an entry is.
            continue;
        }

        Entry entry;
        const bool posix = std::memcmp(header + 257, "ustar\0", 6) == 0;
        QByteArray name = field(header, 0, 100);
        if (posix && header[345] != 0)
            name = field(header, 345, 155) + '/' + name;
        entry.name = pax.contains("path") ? QString::fromUtf8(pax.value("path"))
            : !longName.isEmpty()         ? longName
                                          : QFile::decodeName(name);
        entry.link = pax.contains("linkpath") ? QString::fromUtf8(pax.value("linkpath"))
            : !longLink.isEmpty()             ? longLink
                                              : QFile::decodeName(field(header, 157, 100));
        if (pax.contains("size")) {
            bool ok = false;
            size = pax.value("size").toLongLong(&ok);
            if (!ok || *size < 0)
                return std::unexpected(QStringLiteral("entry \"%1\" has an invalid pax size").arg(entry.name));
        }
        if (const std::optional<qint64> mode = number(header, 100, 8))
            entry.mode = int(*mode & 07777);
        if (const std::optional<qint64> seconds = number(header, 136, 12))
            entry.modified = QDateTime::fromSecsSinceEpoch(*seconds);

        bool hasData = true;
        switch (type) {
        case '0':
        case '\0':
        case '7':
            entry.type = Entry::Type::File;
            break;
        case '1':
            entry.type = Entry::Type::Hardlink;
            hasData = false;
            break;
        case '2':
            entry.type = Entry::Type::Symlink;
            hasData = false;
            break;
        case '3':
            entry.type = Entry::Type::Other;
            entry.otherKind = QStringLiteral("character device");
            hasData = false;
            break;
        case '4':
            entry.type = Entry::Type::Other;
            entry.otherKind = QStringLiteral("block device");
            hasData = false;
            break;
        case '5':
            entry.type = Entry::Type::Directory;
            hasData = false;
            break;
        case '6':
            entry.type = Entry::Type::Other;
            entry.otherKind = QStringLiteral("FIFO");
            hasData = false;
            break;
        default:
            // POSIX: read an unknown type as a regular file's data, so the next header is found.
            entry.type = Entry::Type::Other;
            entry.otherKind = QStringLiteral("tar entry of type '%1'").arg(QLatin1Char(type));
            break;
        }
        entry.size = hasData ? *size : 0;
        m_current = entry.name;
        m_remaining = entry.size;
        m_padding = (kBlock - entry.size % kBlock) % kBlock;
        return entry;
    }
}

// --- gzip -----------------------------------------------------------------------------------

struct GzipReader::State
{
    z_stream stream{};
    bool initialised = false;
    bool inMember = false; // a member has started and has not reached its trailer
    bool ended = false; // the source is exhausted after a whole member
    bool failed = false;
    qint64 members = 0;
    QByteArray input;
};

GzipReader::GzipReader(QIODevice *source)
    : m_source(source)
    , m_state(std::make_unique<State>())
{ }

GzipReader::~GzipReader()
{
    GzipReader::close();
}

bool GzipReader::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_source->isOpen())
        return false;
    // 16 + MAX_WBITS: a gzip header and trailer around the deflate data, both checked.
    if (inflateInit2(&m_state->stream, 16 + MAX_WBITS) != Z_OK) {
        setErrorString(QStringLiteral("cannot start decompressing (out of memory)"));
        return false;
    }
    m_state->initialised = true;
    return QIODevice::open(mode | Unbuffered);
}

void GzipReader::close()
{
    if (m_state && m_state->initialised) {
        inflateEnd(&m_state->stream);
        m_state->initialised = false;
    }
    if (isOpen())
        QIODevice::close();
}

qint64 GzipReader::fail(const QString &why)
{
    m_state->failed = true;
    setErrorString(why);
    return -1;
}

qint64 GzipReader::readData(char *data, qint64 maxSize)
{
    State &state = *m_state;
    if (state.failed)
        return -1;
    z_stream &stream = state.stream;
    qint64 produced = 0;
    while (produced == 0 && maxSize > 0 && !state.ended) {
        if (stream.avail_in == 0) {
            state.input.resize(64 * 1024);
            const qint64 n = m_source->read(state.input.data(), state.input.size());
            if (n < 0)
                return fail(m_source->errorString());
            if (n == 0) {
                if (state.inMember || state.members == 0)
                    return fail(state.members == 0 && !state.inMember
                                    ? QStringLiteral("it holds no gzip data")
                                    : QStringLiteral("the gzip data ends before its end (the file is truncated)"));
                state.ended = true;
                break;
            }
            stream.next_in = reinterpret_cast<Bytef *>(state.input.data());
            stream.avail_in = uInt(n);
        }
        if (!state.inMember) {
            // Between members: another member, or zeros that pad the file (tape blocks).
            if (state.members > 0 && static_cast<unsigned char>(*stream.next_in) != 0x1f) {
                while (stream.avail_in > 0 && *stream.next_in == 0) {
                    ++stream.next_in;
                    --stream.avail_in;
                }
                if (stream.avail_in > 0)
                    return fail(QStringLiteral("it holds other data after the end of its gzip data (the file is "
                                               "damaged)"));
                continue;
            }
            if (state.members > 0 && inflateReset(&stream) != Z_OK)
                return fail(QStringLiteral("cannot decompress its next gzip member"));
            state.inMember = true;
        }
        stream.next_out = reinterpret_cast<Bytef *>(data);
        stream.avail_out = uInt(qMin<qint64>(maxSize, UINT_MAX));
        const int status = inflate(&stream, Z_NO_FLUSH);
        produced = maxSize - qint64(stream.avail_out);
        if (status == Z_STREAM_END) {
            state.inMember = false;
            ++state.members;
        } else if (status == Z_DATA_ERROR) {
            const QByteArray message(stream.msg ? stream.msg : "invalid data");
            if (message == "incorrect data check")
                return fail(QStringLiteral("its gzip CRC-32 does not match the data (the file is damaged)"));
            if (message == "incorrect length check")
                return fail(QStringLiteral("its gzip length trailer does not match the data (the file is damaged)"));
            if (message == "incorrect header check")
                return fail(QStringLiteral("it is not gzip data where gzip data should be (the file is damaged)"));
            return fail(QStringLiteral("its gzip data is damaged (%1)").arg(QString::fromLatin1(message)));
        } else if (status == Z_MEM_ERROR) {
            return fail(QStringLiteral("out of memory while decompressing"));
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            return fail(QStringLiteral("cannot decompress it (zlib error %1)").arg(status));
        }
    }
    return produced;
}

quint32 crc32Of(quint32 crc, const char *data, qint64 size)
{
    uLong value = crc;
    while (size > 0) {
        const uInt part = uInt(qMin<qint64>(size, INT_MAX));
        value = ::crc32(value, reinterpret_cast<const Bytef *>(data), part);
        data += part;
        size -= part;
    }
    return quint32(value);
}

// --- zip ------------------------------------------------------------------------------------

namespace {

bool hasMagic(const QByteArray &data, qsizetype at, const char *magic)
{
    return at >= 0 && at + 4 <= data.size() && std::memcmp(data.constData() + at, magic, 4) == 0;
}

quint64 le(const QByteArray &data, qsizetype at, int bytes)
{
    quint64 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(data.at(at + i));
    return value;
}

} // namespace

std::expected<QList<Entry>, QString> readZipDirectory(QIODevice *device)
{
    const QString notZip = QStringLiteral("it has no zip central directory: it is damaged, truncated or not a zip "
                                          "archive");
    const qint64 size = device->size();
    constexpr qint64 kEndRecord = 22;
    if (size < kEndRecord)
        return std::unexpected(notZip);
    const qint64 tailSize = qMin<qint64>(size, kEndRecord + 0xffff);
    if (!device->seek(size - tailSize))
        return std::unexpected(QStringLiteral("could not read it: %1").arg(device->errorString()));
    const QByteArray tail = device->read(tailSize);
    if (tail.size() != tailSize)
        return std::unexpected(QStringLiteral("could not read it: %1").arg(device->errorString()));
    const qsizetype end = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4), tail.size() - kEndRecord);
    if (end < 0)
        return std::unexpected(notZip);

    quint64 count = le(tail, end + 10, 2);
    quint64 directorySize = le(tail, end + 12, 4);
    quint64 directoryOffset = le(tail, end + 16, 4);
    qint64 directoryEnd = size - tailSize + end;
    if (count == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff) {
        // Zip64: a locator just before the end record points to the 64-bit end record.
        if (!hasMagic(tail, end - 20, "PK\x06\x07"))
            return std::unexpected(notZip);
        const qint64 record = qint64(le(tail, end - 20 + 8, 8));
        if (record < 0 || record + 56 > size || !device->seek(record))
            return std::unexpected(notZip);
        const QByteArray end64 = device->read(56);
        if (end64.size() != 56 || !hasMagic(end64, 0, "PK\x06\x06"))
            return std::unexpected(notZip);
        count = le(end64, 32, 8);
        directorySize = le(end64, 40, 8);
        directoryOffset = le(end64, 48, 8);
        directoryEnd = record;
    }
    if (directorySize > quint64(directoryEnd) || count > directorySize / 46 + 1)
        return std::unexpected(notZip);
    // Data before the first entry (a self-extractor stub) shifts every offset by the same amount.
    const qint64 start = directoryEnd - qint64(directorySize);
    Q_UNUSED(directoryOffset);
    if (!device->seek(start))
        return std::unexpected(notZip);
    const QByteArray directory = device->read(qint64(directorySize));
    if (directory.size() != qsizetype(directorySize))
        return std::unexpected(QStringLiteral("could not read its central directory: %1").arg(device->errorString()));

    QList<Entry> entries;
    qsizetype at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > directory.size() || !hasMagic(directory, at, "PK\x01\x02"))
            return std::unexpected(QStringLiteral("its central directory is damaged at entry %1").arg(i + 1));
        const int madeBy = int(le(directory, at + 5, 1));
        const int flags = int(le(directory, at + 8, 2));
        const int nameLength = int(le(directory, at + 28, 2));
        const int extraLength = int(le(directory, at + 30, 2));
        const int commentLength = int(le(directory, at + 32, 2));
        const quint32 external = quint32(le(directory, at + 38, 4));
        if (at + 46 + nameLength + extraLength + commentLength > directory.size())
            return std::unexpected(QStringLiteral("its central directory is damaged at entry %1").arg(i + 1));
        Entry entry;
        const QByteArray rawName = directory.mid(at + 46, nameLength);
        entry.name = (flags & 0x800) ? QString::fromUtf8(rawName) : QFile::decodeName(rawName);
        entry.encrypted = flags & 1;
        entry.zipMethod = int(le(directory, at + 10, 2));
        entry.crc32 = quint32(le(directory, at + 16, 4));
        quint64 size64 = le(directory, at + 24, 4);
        if (size64 == 0xffffffff) {
            // The real size is in the zip64 extra field (id 1), which lists only the fields
            // whose 32-bit slot is full: uncompressed size first.
            const QByteArray extra = directory.mid(at + 46 + nameLength, extraLength);
            for (qsizetype e = 0; e + 4 <= extra.size();) {
                const int id = int(le(extra, e, 2));
                const int length = int(le(extra, e + 2, 2));
                if (id == 1 && length >= 8 && e + 12 <= extra.size())
                    size64 = le(extra, e + 4, 8);
                e += 4 + length;
            }
        }
        entry.size = qint64(size64);
        const int unixMode = (madeBy == 3) ? int(external >> 16) : 0;
        const int format = unixMode & 0170000;
        if (format == 0120000) {
            entry.type = Entry::Type::Symlink;
        } else if (format == 0040000 || entry.name.endsWith(u'/') || (format == 0 && (external & 0x10))) {
            entry.type = Entry::Type::Directory;
        } else if (format == 0100000 || format == 0) {
            entry.type = Entry::Type::File;
        } else {
            entry.type = Entry::Type::Other;
            entry.otherKind = format == 0010000 ? QStringLiteral("FIFO")
                : format == 0140000             ? QStringLiteral("socket")
                                                : QStringLiteral("device");
        }
        if (unixMode)
            entry.mode = unixMode & 07777;
        if (entry.type != Entry::Type::File)
            entry.size = 0;
        entries.append(entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

// --- names ----------------------------------------------------------------------------------

std::expected<QStringList, QString> safeComponents(const QString &stored)
{
    // A backslash separates as Windows reads it: "..\\..\\evil.txt" climbs there, and it is
    // refused here as "../../evil.txt" is, on every system.
    QString name = stored;
    name.replace(u'\\', u'/');
    if (name.startsWith(u'/'))
        return std::unexpected(QStringLiteral("it has an absolute path"));
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return std::unexpected(QStringLiteral("it has an absolute path"));
    QStringList components;
    for (const QString &component : name.split(u'/')) {
        if (component == QLatin1String(".."))
            return std::unexpected(QStringLiteral("it climbs out of its folder with \"..\""));
        if (!component.isEmpty() && component != QLatin1String("."))
            components << component;
    }
    return components;
}

// --- excludes -------------------------------------------------------------------------------

namespace {

std::expected<QRegularExpression, QString> globToRegularExpression(const QString &glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                const bool wholeComponents
                    = (i == 0 || glob.at(i - 1) == u'/') && i + 2 < glob.size() && glob.at(i + 2) == u'/';
                pattern += wholeComponents ? QStringLiteral("(?:.*/)?") : QStringLiteral(".*");
                i += wholeComponents ? 2 : 1;
            } else {
                pattern += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            pattern += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 2);
            if (close < 0)
                return std::unexpected(QStringLiteral("unclosed '[' in \"%1\"").arg(glob));
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(u'!'))
                set[0] = u'^';
            pattern += u'[' + set.replace(QLatin1String("\\"), QLatin1String("\\\\")) + u']';
            i = close;
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    if (!re.isValid())
        return std::unexpected(QStringLiteral("\"%1\" is not a valid glob: %2").arg(glob, re.errorString()));
    return re;
}

} // namespace

std::expected<Excludes, QString> Excludes::create(const QStringList &globs)
{
    Excludes excludes;
    for (qsizetype i = 0; i < globs.size(); ++i) {
        QString glob = globs.at(i);
        if (glob.startsWith(QLatin1String("./")))
            glob.remove(0, 2);
        while (glob.size() > 1 && glob.endsWith(u'/'))
            glob.chop(1);
        if (glob.isEmpty() || glob == QLatin1String("/"))
            return std::unexpected(QStringLiteral("exclude[%1]: empty glob").arg(i));
        if (glob.startsWith(u'/'))
            return std::unexpected(
                QStringLiteral("exclude[%1]: \"%2\" is absolute; exclude globs are relative to source")
                    .arg(i)
                    .arg(glob));
        auto re = globToRegularExpression(glob);
        if (!re)
            return std::unexpected(QStringLiteral("exclude[%1]: %2").arg(i).arg(re.error()));
        (glob.contains(u'/') ? excludes.m_byPath : excludes.m_byName).append(*re);
    }
    return excludes;
}

bool Excludes::matches(const QString &relativePath) const
{
    const QString name = relativePath.mid(relativePath.lastIndexOf(u'/') + 1);
    return std::any_of(m_byName.cbegin(), m_byName.cend(), [&](const auto &re) { return re.match(name).hasMatch(); })
        || std::any_of(m_byPath.cbegin(), m_byPath.cend(),
                       [&](const auto &re) { return re.match(relativePath).hasMatch(); });
}

// --- small helpers --------------------------------------------------------------------------

QString formatSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QFile::Permissions permissionsFromMode(int mode)
{
    QFile::Permissions permissions;
    const std::pair<int, QFile::Permissions> bits[] = {
        {0400, QFile::ReadOwner | QFile::ReadUser},
        {0200, QFile::WriteOwner | QFile::WriteUser},
        {0100, QFile::ExeOwner | QFile::ExeUser},
        {0040, QFile::ReadGroup},
        {0020, QFile::WriteGroup},
        {0010, QFile::ExeGroup},
        {0004, QFile::ReadOther},
        {0002, QFile::WriteOther},
        {0001, QFile::ExeOther},
    };
    for (const auto &[bit, permission] : bits)
        if (mode & bit)
            permissions |= permission;
    return permissions;
}

int modeFromPermissions(QFile::Permissions permissions)
{
    int mode = 0;
    const std::pair<QFile::Permission, int> bits[] = {
        {QFile::ReadOwner, 0400}, {QFile::WriteOwner, 0200}, {QFile::ExeOwner, 0100},
        {QFile::ReadGroup, 0040}, {QFile::WriteGroup, 0020}, {QFile::ExeGroup, 0010},
        {QFile::ReadOther, 0004}, {QFile::WriteOther, 0002}, {QFile::ExeOther, 0001},
    };
    for (const auto &[permission, bit] : bits)
        if (permissions & permission)
            mode |= bit;
    return mode;
}

QStringList missingFolders(const QString &path)
{
    QStringList missing;
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!info.exists() && !info.isSymLink() && !info.isRoot()) {
        missing.prepend(info.absoluteFilePath());
        info = QFileInfo(info.absolutePath());
    }
    return missing;
}

void removeFolders(const QStringList &folders)
{
    // rmdir only removes empty folders, so nothing else can go with them.
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        QDir().rmdir(*it);
}

} // namespace uw::archive
