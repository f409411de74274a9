#include "guestsdialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cordee {

namespace {

// The declaration's languages, after the name and the common title.
const QStringList kLanguages{u"en"_s, u"fr"_s, u"es"_s};
constexpr int FirstLanguageColumn = 2;

} // namespace

GuestsDialog::GuestsDialog(const QList<Guest> &guests, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"guestsDialog"_s);
    setWindowTitle(tr("Guests of Honour"));
    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("The declaration thanks them at the opening, in this order. Write a title in a "
                      "language only where it differs from the common one."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new QTableWidget(0, FirstLanguageColumn + int(kLanguages.size()), this);
    m_table->setObjectName(u"guestsTable"_s);
    m_table->setAccessibleName(tr("Guests of honour"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Title in English"), tr("Title in French"), tr("Title in Spanish")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const Guest &g : guests)
        addRow(g);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(themedIcon(u"list-add"_s), tr("&Add Guest"), this);
    auto *remove = new QPushButton(themedIcon(u"edit-delete"_s), tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    for (QPushButton *b : {add, remove, up, down})
        rowButtons->addWidget(b);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 360);
}

void GuestsDialog::addRow(const Guest &guest)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(guest.name));
    m_table->setItem(row, 1, new QTableWidgetItem(guest.title));
    for (qsizetype i = 0; i < kLanguages.size(); ++i)
        m_table->setItem(row, FirstLanguageColumn + int(i),
                         new QTableWidgetItem(guest.titles.value(kLanguages.at(i))));
}

void GuestsDialog::moveCurrent(int delta)
{
    const int row = m_table->currentRow(), to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *a = m_table->takeItem(row, c);
        QTableWidgetItem *b = m_table->takeItem(to, c);
        m_table->setItem(row, c, b);
        m_table->setItem(to, c, a);
    }
    m_table->setCurrentCell(to, m_table->currentColumn());
}

QList<Guest> GuestsDialog::guests() const
{
    QList<Guest> out;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().simplified() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Guest g;
        g.name = text(row, 0);
        if (g.name.isEmpty())
            continue;
        g.title = text(row, 1);
        // Languages other than these three, kept from before, are not shown: none come from the dialog.
        for (qsizetype i = 0; i < kLanguages.size(); ++i)
            if (const QString own = text(row, FirstLanguageColumn + int(i)); !own.isEmpty())
                g.titles.insert(kLanguages.at(i), own);
        out << g;
    }
    return out;
}

} // namespace cordee
