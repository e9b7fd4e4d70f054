#include "wizard/playbook/condition.h"

#include <QRegularExpression>
#include <QTest>

using namespace uw;

class tst_Condition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluatesExpressions_data();
    void evaluatesExpressions();
    void reportsSyntaxErrorsWithOffset_data();
    void reportsSyntaxErrorsWithOffset();
    void listsTheNamesItReads();
};

void tst_Condition::evaluatesExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("expected");
    // values: topology=multi, cassandra=external, port=9042, flag=true, off=false, empty=""
    QTest::newRow("equal text") << QStringLiteral("topology == 'multi'") << true;
    QTest::newRow("not equal") << QStringLiteral("topology != 'multi'") << false;
    QTest::newRow("double quotes") << QStringLiteral("cassandra == \"external\"") << true;
    QTest::newRow("and") << QStringLiteral("topology == 'multi' && cassandra == 'external'") << true;
    QTest::newRow("and false") << QStringLiteral("topology == 'multi' && cassandra == 'none'") << false;
    QTest::newRow("or") << QStringLiteral("topology == 'single' || cassandra == 'external'") << true;
    QTest::newRow("and binds tighter than or") << QStringLiteral("flag || off && off") << true;
    QTest::newRow("parentheses") << QStringLiteral("(flag || off) && off") << false;
    QTest::newRow("not") << QStringLiteral("!off") << true;
    QTest::newRow("double not") << QStringLiteral("!!flag") << true;
    QTest::newRow("bare true name") << QStringLiteral("flag") << true;
    QTest::newRow("bare false name") << QStringLiteral("off") << false;
    QTest::newRow("empty is false") << QStringLiteral("empty") << false;
    QTest::newRow("missing is false") << QStringLiteral("unknown") << false;
    QTest::newRow("numbers compare as numbers") << QStringLiteral("port == 9042.0") << true;
    QTest::newRow("bool literal") << QStringLiteral("flag == true") << true;
    QTest::newRow("node field") << QStringLiteral("node.role == 'anm'") << true;
    QTest::newRow("sub-expression compared") << QStringLiteral("(flag && !off) == true") << true;
    // =~: a regular expression, anywhere in the value unless anchored.
    QTest::newRow("matches") << QStringLiteral("target =~ '^4[.]0[.]'") << true;
    QTest::newRow("does not match") << QStringLiteral("target =~ '^3[.]5[.]'") << false;
    QTest::newRow("matches unanchored") << QStringLiteral("target =~ '0[.]9'") << true;
    QTest::newRow("matches in and") << QStringLiteral("target =~ '^4' && topology == 'multi'") << true;
    QTest::newRow("not matches") << QStringLiteral("!(target =~ '^3')") << true;
    QTest::newRow("missing name matches empty") << QStringLiteral("unknown =~ '^$'") << true;
}

void tst_Condition::evaluatesExpressions()
{
    QFETCH(QString, expression);
    QFETCH(bool, expected);
    const auto condition = Condition::parse(expression);
    QVERIFY2(condition.has_value(), qPrintable(condition ? QString() : condition.error().message));
    const QHash<QString, QString> values{{QStringLiteral("topology"), QStringLiteral("multi")},
                                         {QStringLiteral("cassandra"), QStringLiteral("external")},
                                         {QStringLiteral("port"), QStringLiteral("9042")},
                                         {QStringLiteral("flag"), QStringLiteral("true")},
                                         {QStringLiteral("off"), QStringLiteral("false")},
                                         {QStringLiteral("empty"), QString()},
                                         {QStringLiteral("node.role"), QStringLiteral("anm")},
                                         {QStringLiteral("target"), QStringLiteral("4.0.9")}};
    QCOMPARE(condition->evaluate(values), expected);
}

void tst_Condition::reportsSyntaxErrorsWithOffset_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");
    QTest::newRow("single =") << QStringLiteral("topology = 'multi'") << 9
                              << QStringLiteral("unexpected '='; use ==, !=, =~, && or ||");
    QTest::newRow("unterminated text") << QStringLiteral("topology == 'multi") << 12
                                       << QStringLiteral("unterminated text literal");
    QTest::newRow("missing operand") << QStringLiteral("topology ==") << 11
                                     << QStringLiteral("expected a name, a 'text' or a number, got end of expression");
    QTest::newRow("unclosed parenthesis")
        << QStringLiteral("(flag && off") << 12 << QStringLiteral("expected ')', got end of expression");
    QTest::newRow("trailing token") << QStringLiteral("flag off") << 5
                                    << QStringLiteral("unexpected 'off' after a complete expression");
    QTest::newRow("empty") << QStringLiteral("  ") << 0 << QStringLiteral("empty expression");
    QTest::newRow("=~ without a text") << QStringLiteral("target =~ 4") << 10
                                       << QStringLiteral("=~ takes a 'regular expression' in quotes, got '4'");
    QTest::newRow("=~ with a bad regex") << QStringLiteral("target =~ '('") << 10
                                         << QStringLiteral("invalid regular expression '(': ")
            + QRegularExpression(QStringLiteral("(")).errorString();
    QTest::newRow("stray character") << QStringLiteral("flag # off") << 5 << QStringLiteral("unexpected character '#'");
    QTest::newRow("single ampersand") << QStringLiteral("a & b") << 2
                                      << QStringLiteral("unexpected '&'; use ==, !=, =~, && or ||");
}

void tst_Condition::reportsSyntaxErrorsWithOffset()
{
    QFETCH(QString, expression);
    QFETCH(int, offset);
    QFETCH(QString, message);
    const auto condition = Condition::parse(expression);
    QVERIFY(!condition.has_value());
    QCOMPARE(condition.error().message, message);
    QCOMPARE(condition.error().offset, offset);
}

void tst_Condition::listsTheNamesItReads()
{
    const auto condition = Condition::parse(QStringLiteral("a == 'x' && (b || !a) && node.host != 'c'"));
    QVERIFY(condition.has_value());
    QCOMPARE(condition->names(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("node.host")}));
}

QTEST_GUILESS_MAIN(tst_Condition)
#include "tst_condition.moc"
