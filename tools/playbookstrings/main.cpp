// uw-playbook-strings OUTPUT.cpp PLAYBOOK.json...: writes every user-visible text of the playbooks as
// QT_TRANSLATE_NOOP("playbook", ...) for lupdate (see docs/architecture.md, "Translations").

#include "playbookstrings.h"

#include "wizard/playbook/playbookloader.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: uw-playbook-strings OUTPUT.cpp PLAYBOOK.json...\n");
        return 2;
    }

    QList<uw::Playbook> playbooks;
    for (const QString &path : arguments.mid(2)) {
        auto playbook = uw::PlaybookLoader::loadFile(path);
        if (!playbook) {
            // A broken bundled playbook must stop the build rather than silently lose its texts.
            for (const uw::Diagnostic &diagnostic : playbook.error())
                std::fprintf(stderr, "%s\n", qPrintable(diagnostic.toString()));
            return 1;
        }
        playbooks.append(std::move(*playbook));
    }

    // QSaveFile: the output changes only when complete, and an unchanged text keeps lupdate's
    // input stable.
    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(uw::i18n::lupdateSource(uw::i18n::playbookStrings(playbooks))) < 0 || !file.commit()) {
        std::fprintf(stderr, "uw-playbook-strings: cannot write %s: %s\n", qPrintable(arguments.at(1)),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
