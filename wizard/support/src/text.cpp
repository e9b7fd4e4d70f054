#include "wizard/support/text.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace uw {

Text::Text(const char *english, QStringList arguments, QList<qsizetype> fromPlaybook)
    : source(QString::fromUtf8(english))
    , args(std::move(arguments))
    , playbookArgs(std::move(fromPlaybook))
{ }

void Text::add(const QString &text)
{
    args << text;
    if (!argTexts.empty())
        argTexts.emplace_back();
}

void Text::add(const Text &text)
{
    argTexts.resize(args.size());
    args << text.english();
    argTexts.push_back(text);
}

QStringList englishTexts(const QList<Text> &texts)
{
    QStringList lines;
    lines.reserve(texts.size());
    for (const Text &text : texts)
        lines << text.english();
    return lines;
}

Text counted(qint64 count, const char *one, const char *many)
{
    return Text(count == 1 ? one : many, count);
}

Text Text::verbatim(const QString &english)
{
    Text text;
    if (!english.isEmpty()) {
        text.source = QStringLiteral("%1");
        text.args = {english};
    }
    return text;
}

Text Text::fromPlaybook(const QString &english)
{
    Text text = verbatim(english);
    if (!text.isEmpty())
        text.playbookArgs = {0};
    return text;
}

Text joinedTexts(const QList<Text> &parts, const QString &separator)
{
    if (parts.isEmpty())
        return {};
    Text joint = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        joint = Text("%1%2%3", joint, separator, parts.at(i));
    return joint;
}

QString fillPlaceholders(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit() && pattern.at(i + 1) != u'0') {
            qsizetype end = i + 2;
            if (end < pattern.size() && pattern.at(end).isDigit())
                ++end;
            const int number = QStringView(pattern).mid(i + 1, end - i - 1).toInt();
            if (number <= args.size()) {
                out += args.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

void Text::replaceInArgs(const QString &what, const QString &with)
{
    transformArgs([&what, &with](QString arg) { return arg.replace(what, with); });
}

void Text::transformArgs(const std::function<QString(QString)> &change)
{
    for (QString &arg : args)
        arg = change(std::move(arg));
    for (Text &inner : argTexts)
        inner.transformArgs(change);
}

QString Text::english() const
{
    return fillPlaceholders(source, args);
}

QString Text::translated() const
{
    if (source.isEmpty())
        return {};
    QStringList shown = args;
    for (qsizetype i = 0; i < qsizetype(argTexts.size()) && i < shown.size(); ++i)
        if (!argTexts[i].isEmpty())
            shown[i] = argTexts[i].translated();
    for (const qsizetype index : playbookArgs)
        if (index >= 0 && index < shown.size() && !shown.at(index).isEmpty())
            shown[index] = QCoreApplication::translate("playbook", shown.at(index).toUtf8().constData());
    // A template of placeholders only ("%1", a joint of parts) is not looked up.
    if (std::none_of(source.cbegin(), source.cend(), [](QChar c) { return c.isLetter(); }))
        return fillPlaceholders(source, shown);
    return fillPlaceholders(QCoreApplication::translate(kOutcomeContext, source.toUtf8().constData()), shown);
}

QJsonObject Text::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), source}, {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    if (!playbookArgs.isEmpty()) {
        QJsonArray indexes;
        for (const qsizetype index : playbookArgs)
            indexes.append(index);
        json.insert(QStringLiteral("playbook_args"), indexes);
    }
    QJsonObject nested;
    for (qsizetype i = 0; i < qsizetype(argTexts.size()); ++i)
        if (!argTexts[i].isEmpty())
            nested.insert(QString::number(i), argTexts[i].toJson());
    if (!nested.isEmpty())
        json.insert(QStringLiteral("arg_texts"), nested);
    return json;
}

Text Text::fromJson(const QJsonObject &json, const QString &english)
{
    const QJsonValue id = json.value(QLatin1String("id"));
    const QJsonValue args = json.value(QLatin1String("args"));
    if (!id.isString() || id.toString().isEmpty() || (!args.isArray() && !args.isUndefined()))
        return verbatim(english);
    Text text;
    text.source = id.toString();
    for (const QJsonValue &arg : args.toArray()) {
        if (!arg.isString())
            return verbatim(english);
        text.args << arg.toString();
    }
    for (const QJsonValue &index : json.value(QLatin1String("playbook_args")).toArray())
        if (index.isDouble() && index.toInteger() >= 0 && index.toInteger() < text.args.size())
            text.playbookArgs << index.toInteger();
    const QJsonObject nested = json.value(QLatin1String("arg_texts")).toObject();
    for (auto it = nested.begin(); it != nested.end(); ++it) {
        bool ok = false;
        const qsizetype index = it.key().toLongLong(&ok);
        if (!ok || index < 0 || index >= text.args.size() || !it.value().isObject())
            continue;
        text.argTexts.resize(text.args.size());
        text.argTexts[index] = fromJson(it.value().toObject(), text.args.at(index));
    }
    // A record whose id and English disagree was not written by us (or was masked): the English
    // is what was journalled, so it wins.
    if (!english.isEmpty() && text.english() != english)
        return verbatim(english);
    return text;
}

} // namespace uw
