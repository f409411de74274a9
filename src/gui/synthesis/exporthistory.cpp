#include "exporthistory.h"

#include "languagenames.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
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
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("exportHistory"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>"_s + tr("Exports of the declaration") + u"</b>"_s, this);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("exportHistoryList"));
    m_list->setAccessibleName(tr("Exports of the declaration"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("When"), tr("Language"), tr("Format"), tr("Proposals")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setRecords({});
}

void ExportHistory::setRecords(const QList<ExportRecord> &records)
{
    m_list->clear();
    const QLocale locale;
    for (const ExportRecord &r : records) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(r.exportedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, nativeLanguageName(r.language));
        item->setText(2, formatName(r.format));
        item->setText(3, locale.toString(r.proposalKeys.size()));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        const QString where = QDir::toNativeSeparators(r.path);
        item->setToolTip(0, where);
        item->setToolTip(2, where);
        item->setToolTip(3, r.proposalKeys.join(u", "));
    }
    m_summary->setText(records.isEmpty()
                           ? tr("Not exported yet. Each export (Export…, Ctrl+E) is listed here with its "
                                "language and the proposals it held.")
                           : tr("%n export(s), the latest first. Hover a row to see where it was written.",
                                nullptr, int(records.size())));
}

int ExportHistory::count() const
{
    return m_list->topLevelItemCount();
}

} // namespace cordee
