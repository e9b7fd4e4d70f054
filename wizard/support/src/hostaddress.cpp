#include "wizard/support/hostaddress.h"

#include <QList>

namespace uw {

bool isIpv4Address(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        // 1 to 3 digits, no sign, no leading zero (010 reads as octal to some tools)
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return false;
        int value = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255)
            return false;
    }
    return true;
}

namespace {

bool isHexGroup(QStringView group)
{
    if (group.isEmpty() || group.size() > 4)
        return false;
    for (QChar c : group) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

// Counts the 16-bit groups of `side` (one side of "::", or the whole address), or -1 when it
// is not made of groups. The last may be an IPv4 address (two groups) when `last` says so.
int countGroups(QStringView side, bool last)
{
    if (side.isEmpty())
        return 0;
    const QList<QStringView> groups = side.split(u':');
    int count = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (last && i == groups.size() - 1 && groups[i].contains(u'.')) {
            if (!isIpv4Address(groups[i]))
                return -1;
            count += 2;
        } else if (isHexGroup(groups[i])) {
            ++count;
        } else {
            return -1;
        }
    }
    return count;
}

} // namespace

bool isIpv6Address(QStringView text)
{
    if (const qsizetype zone = text.indexOf(u'%'); zone >= 0) {
        const QStringView name = text.sliced(zone + 1);
        if (name.isEmpty() || name.contains(u'%'))
            return false;
        text = text.first(zone);
    }
    const qsizetype gap = text.indexOf(QStringView(u"::"));
    if (gap < 0)
        return countGroups(text, true) == 8;
    if (text.indexOf(QStringView(u"::"), gap + 1) >= 0) // one "::" at most
        return false;
    const int before = countGroups(text.first(gap), false);
    const int after = countGroups(text.sliced(gap + 2), true);
    return before >= 0 && after >= 0 && before + after <= 7;
}

bool isIpAddress(QStringView text)
{
    return isIpv4Address(text) || isIpv6Address(text);
}

} // namespace uw
