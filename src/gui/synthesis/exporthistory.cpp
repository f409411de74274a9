#include "exporthistory.h"

#include "languagenames.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cordee {

namespace {

QString formatName(const QString &key)
{
    if (key == u"pdf")
        return QStringLiteral("PDF");
    if (key == u"odt")
        return QStringLiteral("ODT");
    if (key == u"html")
        return QStringLiteral("HTML");
    if (key == u"md")
        return QStringLiteral("Markdown");
    return key;
}

} // namespace

ExportHistory::ExportHistory(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("exportHistory"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>"_s + tr("Exports of the declaration") + u"</b>"_s, this);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("exportHistoryList"));
    m_list->setAccessibleName(tr("Exports of the declaration"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setRecords({});
}

void ExportHistory::setRecords(const QList<ExportRecord> &records)
{
    m_list->clear();
    for (const ExportRecord &r : records) {
        // Two short lines, for a narrow panel: when, language and format; how many proposals, which file.
        QString language = nativeLanguageName(r.language);
        if (!language.isEmpty())
            language[0] = language.at(0).toUpper();
        const QString when = r.exportedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        const QString text = when + u" · "_s + language + u" · "_s + formatName(r.format) + u'\n' +
                             tr("%n proposal(s) and sub-point(s)", nullptr, int(r.proposalKeys.size())) +
                             u" · "_s + QFileInfo(r.path).fileName();
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(QDir::toNativeSeparators(r.path));
        item->setData(Qt::UserRole, r.path);
    }
    m_summary->setText(records.isEmpty()
                           ? tr("Not exported yet. Each export (Export…, Ctrl+E) is listed here with its "
                                "language and the proposals it held.")
                           : tr("%n export(s), the latest first. Hover a row to see where it was written.",
                                nullptr, int(records.size())));
}

int ExportHistory::count() const
{
    return m_list->count();
}

} // namespace cordee
