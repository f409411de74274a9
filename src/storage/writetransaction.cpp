#include "writetransaction.h"

#include "sqlcheck.h"

namespace cordee {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"), m_what);
}

Status WriteTransaction::begin(const QString &what)
{
    m_what = what;
    if (Status s = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), what); !s)
        return s;
    m_open = true;
    return {};
}

Status WriteTransaction::commit()
{
    if (Status s = sql::exec(m_db, QStringLiteral("COMMIT"), m_what); !s)
        return s;
    m_open = false;
    return {};
}

} // namespace cordee
