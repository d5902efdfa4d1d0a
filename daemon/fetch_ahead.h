// fetch_ahead.h: a poll's pipelined fetch on a thread of its own (issue 17). ImapClient::fetch_range
// hands each mail to its callback as it arrives; here it runs on a helper thread whose mail reaches
// the calling thread through a queue of at most kFetchAhead mails. The calling thread stores the mail
// and acts on each stored batch (daemon/work.h: poll_and_act) while the next mails download and are
// decrypted: the backlog's first acknowledgements go out after its first batch, not after its last
// download, and the database keeps one connection used by one thread. A full queue holds the helper
// (and, through TCP, the server), so memory stays flat.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>

#include "transport/imap_client.h"

namespace pst {

/// Mails fetched ahead of the one being stored, at most: a store batch (work.cc), so the next batch
/// downloads while the last one is acted on.
inline constexpr std::size_t kFetchAhead = 25;

/// imap.fetch_range(first_uid, each), with `each` called on the calling thread. When `each` throws, or
/// `stop` is set before the next mail is handed over, the helper gives the range up (the mail fetched
/// ahead is dropped, the rest of the range is not downloaded: nothing of it was stored, the next poll
/// fetches it again) and is joined; then the exception goes on, or the mails handed over are counted.
[[nodiscard]] Result<std::size_t> fetch_range_ahead(ImapClient& imap, std::uint32_t first_uid,
                                                    const std::atomic<bool>& stop,
                                                    const std::function<void(FetchedMail&&)>& each);

}  // namespace pst
