# Bahasa Indonesia
# Glosarium (satu istilah untuk satu hal):
#   sign in (verb): masuk
#   sign-in (noun): proses masuk (the sign-in service: layanan masuk)
#   sign out: keluar
#   password: kata sandi
#   temporary password: kata sandi sementara
#   new password: kata sandi baru
#   code: kode
#   invitation / invite: undangan / mengundang (undang)
#   username: nama pengguna
#   email address: alamat email
#   given name: nama depan
#   family name: nama belakang
#   account: akun
#   session: sesi
#   group: grup
#   administrator: administrator
#   professional: profesional
#   client: klien
#   Cognito: nama produk, tidak diterjemahkan

## Setiap halaman

skip-link = Langsung ke konten utama
document-title = { $title } – { $portal }
document-title-error = Kesalahan: { $title } – { $portal }
account-nav-label = Akun
account-link = Akun
signed-in-as = Masuk sebagai { $name }
sign-out-button = Keluar
language-menu-label = Bahasa
language-menu-button = Ubah bahasa
language-page-title = Pilih bahasa Anda
language-page-intro = Halaman portal ditampilkan dalam bahasa yang Anda pilih.

## Formulir

error-summary-title = Terjadi masalah
error-prefix = Kesalahan:
username-label = Nama pengguna
password-label = Kata sandi
password-show-button = Tampilkan kata sandi
password-hide-button = Sembunyikan kata sandi
new-password-label = Kata sandi baru
confirm-password-label = Konfirmasi kata sandi baru
current-password-label = Kata sandi saat ini
given-name-label = Nama depan
family-name-label = Nama belakang
email-label = Alamat email
code-label = Kode dari email
search-button = Cari
previous-page = Halaman sebelumnya
next-page = Halaman berikutnya
back-to-sign-in = Kembali ke halaman masuk
back-to-account = Kembali ke akun Anda
back-to-people = Kembali ke daftar pengguna

## Pemeriksaan isian

username-missing = Masukkan nama pengguna Anda.
username-too-long = Nama pengguna maksimal 128 karakter.
username-has-spaces = Nama pengguna tidak boleh berisi spasi.
password-missing = Masukkan kata sandi Anda.
password-too-long = Kata sandi maksimal 256 karakter.
name-missing = Masukkan nama.
name-too-long = Nama maksimal 100 karakter.
name-has-control-characters = Nama tidak boleh berisi karakter kontrol.
email-missing = Masukkan alamat email.
email-too-long = Alamat email maksimal 254 karakter.
email-invalid = Masukkan alamat email dengan format name@example.com.
email-in-use = Alamat email ini sudah digunakan oleh akun lain.
code-missing = Masukkan kode dari email.
code-wrong-or-expired = Kode tersebut salah atau sudah kedaluwarsa.
code-wrong = Kode tersebut salah.
code-expired = Kode tersebut sudah kedaluwarsa. Kirim kode baru.
current-password-missing = Masukkan kata sandi Anda saat ini.
current-password-wrong = Kata sandi Anda saat ini salah.
password-not-accepted = Cognito tidak menerima kata sandi ini. Pilih kata sandi lain.

## Aturan kata sandi

password-rules = Minimal { $count } karakter.
password-rules-with = Minimal { $count } karakter, dengan { $kinds }.
password-kind-upper-and-lower = huruf besar dan kecil
password-kind-upper = huruf besar
password-kind-lower = huruf kecil
password-kind-number = angka
password-kind-symbol = simbol
# Cara menggabungkan jenis-jenis di atas: "a, b dan c".
list-two = { $first } dan { $second }
list-more = { $first }, { $rest }
password-unmet-length = Gunakan minimal { $count } karakter.
password-unmet-too-long = Gunakan maksimal { $count } karakter.
password-unmet-upper = Sertakan huruf besar.
password-unmet-lower = Sertakan huruf kecil.
password-unmet-number = Sertakan angka.
password-unmet-symbol = Sertakan simbol, misalnya ! atau #.
password-unmet-space = Jangan diawali atau diakhiri dengan spasi.
new-password-missing = Masukkan kata sandi baru.
passwords-differ = Kata sandi tidak cocok.

## Masuk

login-title = Masuk
login-description = Masuk ke { $portal }.
forgot-description = Atur ulang kata sandi { $portal } Anda dengan kode yang dikirim ke alamat email Anda.
confirm-description = Masukkan kode yang kami kirim lewat email dan pilih kata sandi baru untuk { $portal }.
language-description = Pilih bahasa tampilan { $portal }.
login-button = Masuk
forgot-password-link = Lupa kata sandi?
login-wrong = Nama pengguna atau kata sandi salah.
login-invitation-expired = Undangan Anda sudah kedaluwarsa. Gunakan “Lupa kata sandi?” dan kami akan mengirimkan undangan baru kepada Anda.
login-reset-required = Anda perlu memilih kata sandi baru. Gunakan “Lupa kata sandi?” dan kami akan mengirimkan kode ke email Anda.
login-notice-ended = Sesi Anda telah berakhir. Masuk lagi untuk melanjutkan.
login-notice-signed-out = Anda telah keluar.
login-notice-signed-out-everywhere = Anda telah keluar dari semua perangkat.
login-notice-password-changed = Kata sandi Anda telah diubah. Masuk dengan kata sandi baru Anda.
login-notice-slow = Proses masuk Anda terlalu lama; silakan masuk lagi.
login-notice-restart = Proses masuk Anda tidak dapat diselesaikan; silakan masuk lagi.

## Masuk pertama kali

new-password-title = Pilih kata sandi Anda
new-password-intro = Selamat datang! Kata sandi sementara dari undangan Anda berhasil digunakan. Pilih kata sandi yang akan Anda gunakan mulai sekarang.
new-password-button = Tetapkan kata sandi dan masuk

## Lupa kata sandi

forgot-title = Atur ulang kata sandi Anda
forgot-intro = Masukkan nama pengguna Anda. Jika nama pengguna tersebut milik sebuah akun, kami akan mengirimkan kode ke alamat email akun tersebut.
forgot-button = Kirim kode ke email saya
confirm-title = Masukkan kode Anda
confirm-new-code-button = Kirimi saya kode baru
change-password-button = Ubah kata sandi
notice-code-sent = Jika ada akun dengan nama pengguna tersebut, kami telah mengirimkan kode ke email akun itu.

## Dasbor

welcome = Selamat datang, { $name }
client-dashboard-title = Dasbor klien
client-dashboard-lead = Dasbor klien Anda.
professional-dashboard-title = Dasbor profesional
professional-dashboard-lead = Dasbor profesional Anda.
no-role-title = Belum ada dasbor
no-role-notice = Akun Anda belum termasuk dalam grup portal mana pun, sehingga belum ada dasbor yang dapat ditampilkan. Minta administrator Anda untuk menambahkan Anda ke grup profesional atau klien, lalu masuk lagi.
account-card-title = Akun Anda
account-email = Email
account-full-name = Nama lengkap
account-role = Peran
account-session-ends = Sesi berakhir
session-ends-at = pukul { $time } UTC ({ $minutes } menit lagi)
role-professional = Profesional
role-client = Klien
role-admin = Administrator
role-none = Belum ada

## Daftar klien

clients-heading = Klien
clients-loading = Daftar klien sedang dibaca dari Cognito. Muat ulang halaman sebentar lagi.
clients-unavailable = Daftar klien tidak tersedia saat ini. Coba lagi dalam beberapa menit.
clients-search-label = Cari berdasarkan nama atau alamat email
clients-count = { $count } klien
clients-matches = { $count } klien cocok dengan “{ $query }”
clients-none = Belum ada klien.
clients-none-match = Tidak ada klien yang nama atau alamat emailnya mengandung “{ $query }”.
clients-caption = Klien, diurutkan menurut nama belakang
column-name = Nama
column-email = Email
clients-pages-label = Halaman daftar klien
page-position = Halaman { $page } dari { $pages }

## Akun Anda

account-title = Akun Anda
email-heading = Alamat email Anda
email-pending = Anda meminta untuk mengubah alamat email menjadi { $new }. Kami telah mengirimkan kode ke alamat tersebut. Sampai Anda memasukkan kode itu, Anda tetap masuk dan mengatur ulang kata sandi dengan { $current }.
email-enter-code = Masukkan kode
email-codes-go-to = Kode untuk mengatur ulang kata sandi dikirim ke { $email }.
email-change-link = Ubah alamat email Anda
name-heading = Nama Anda
name-save-button = Simpan nama
password-heading = Ubah kata sandi Anda
everywhere-heading = Keluar dari semua perangkat
everywhere-intro = Mengakhiri semua sesi akun Anda di semua perangkat, termasuk perangkat ini.
everywhere-button = Keluar dari semua perangkat
language-heading = Bahasa
language-intro = Halaman ditampilkan dalam bahasa ini di setiap perangkat tempat Anda masuk.
language-save-button = Simpan bahasa
notice-name-saved = Nama Anda telah disimpan.
notice-password-changed = Kata sandi Anda telah diubah. Anda telah dikeluarkan dari sesi Anda yang lain.

## Mengubah alamat email

email-change-title = Ubah alamat email Anda
email-change-intro = Alamat email Anda saat ini adalah { $current }. Kami akan mengirimkan kode ke alamat baru; perubahan berlaku setelah Anda memasukkan kode tersebut. Sampai saat itu, Anda tetap masuk dan mengatur ulang kata sandi dengan alamat yang sekarang.
new-email-label = Alamat email baru
email-change-password-hint = Demi keamanan akun Anda, masukkan kata sandi Anda lagi.
email-change-button = Kirim kode
email-same = Itu sudah merupakan alamat email Anda.
email-not-accepted = Cognito tidak menerima alamat ini. Periksa alamat tersebut dan coba lagi.
verify-email-title = Konfirmasi alamat email baru Anda
verify-email-intro = Kami telah mengirimkan kode ke { $new }. Sampai Anda memasukkannya, alamat email Anda tetap { $current }: Anda masuk dan mengatur ulang kata sandi dengan alamat tersebut.
verify-email-button = Konfirmasi alamat baru
email-new-code-button = Kirim kode baru
email-cancel-button = Batalkan perubahan
notice-email-code-sent = Kami telah mengirimkan kode ke { $email }. Masukkan kode tersebut di sini untuk mengonfirmasi alamat baru.
notice-email-code-resent = Kami telah mengirimkan kode baru ke { $email }.
notice-email-changed = Alamat email Anda sekarang { $email }.
notice-email-change-cancelled = Perubahan alamat email dibatalkan. Alamat Anda tidak berubah.
notice-email-change-lapsed = Waktu untuk perubahan alamat email Anda habis sebelum dikonfirmasi. Mulai lagi jika Anda masih menginginkannya.

## Pengguna (administrator)

people-title = Pengguna
invite-person-link = Undang pengguna
invite-csv-link = Undang dari file CSV
people-search-label = Cari
people-search-hint = Awal nama pengguna, email, nama depan, atau nama belakang.
group-label = Grup
all-groups = Semua grup
people-none-match = Tidak ada yang cocok dengan pencarian tersebut.
people-none = Belum ada siapa pun di kumpulan pengguna.
people-caption = Pengguna dalam kumpulan pengguna
people-pages-label = Halaman
people-stale-link = Tautan halaman tersebut sudah tidak berlaku, jadi ini adalah halaman pertama.
column-username = Nama pengguna
column-groups = Grup
column-status = Status
column-created = Dibuat
groups-none = Tidak ada
status-invited = Diundang
status-invitation-expired = Undangan kedaluwarsa
status-active = Aktif
status-disabled = Dinonaktifkan
status-reset-required = Perlu atur ulang kata sandi
status-unknown = Tidak diketahui

## Satu pengguna (administrator)

person-title = { $username }
not-done-title = Tindakan tersebut tidak dilakukan
details-heading = Detail
correct-details-heading = Perbaiki detail
correct-details-hint = Alamat baru langsung berlaku, tanpa kode: Anda yang menjamin kebenarannya.
save-details-button = Simpan detail
actions-heading = Tindakan
resend-button = Kirim ulang undangan
resend-goes-to = Undangan akan dikirim ke { $email }.
move-group-button = Pindahkan ke grup ini
sign-out-person-button = Keluarkan dari semua sesi
disable-button = Nonaktifkan akun
enable-button = Aktifkan akun
delete-confirm-label = Untuk menghapus, ketik nama pengguna
delete-button = Hapus akun
admin-not-yourself = Anda tidak dapat menonaktifkan atau menghapus akun Anda sendiri.
admin-resend-only-invited = Undangan hanya dapat dikirim ulang kepada orang yang belum pernah masuk.
admin-delete-mismatch = Nama pengguna yang Anda ketik tidak cocok. Tidak ada yang dihapus.
username-taken = Nama pengguna tersebut sudah digunakan.
admin-resent = Undangan telah dikirim ulang ke { $username }.
admin-disabled = { $username } telah dinonaktifkan dan dikeluarkan dari semua perangkat.
admin-enabled = { $username } telah diaktifkan.
admin-signed-out = { $username } telah dikeluarkan dari semua sesi.
admin-moved = { $username } sekarang ada di grup { $group }. Perubahan berlaku saat pengguna tersebut masuk lagi.
admin-deleted = { $username } telah dihapus.
admin-nothing-changed = Tidak ada yang berubah.
admin-details-saved = Detail { $username } telah disimpan.
admin-details-saved-invited = Detail { $username } telah disimpan. Pengguna ini belum pernah masuk: kirim ulang undangan agar sampai ke alamat baru.

## Mengundang

invite-title = Undang pengguna
invite-intro = Cognito akan mengirimkan kata sandi sementara melalui email; pengguna memilih kata sandinya sendiri saat pertama kali masuk.
invite-username-hint = Maksimal 128 karakter, tanpa spasi. Disimpan dalam huruf kecil.
invite-locale-label = Bahasa halaman pengguna
invite-locale-hint = Opsional. Jika tidak diisi, bahasa browser pengguna akan digunakan sampai ia memilih bahasa.
invite-locale-unset = Tidak diatur
invite-button = Kirim undangan
invite-group-missing = Pilih profesional, klien, atau administrator.
invite-sent = Undangan telah dikirim ke { $email }.
locale-unknown = Pilih salah satu bahasa dalam daftar.

## Mengundang dari file CSV

bulk-title = Undang dari file CSV
bulk-upload-heading = Unggah
bulk-upload-another-heading = Unggah file lain
bulk-intro = File CSV UTF-8 dengan header { $header }, maksimal 500 baris dan 256 KB. Kolom terakhir yang opsional, { $locale }, menentukan bahasa setiap pengguna (misalnya de atau pt-BR). Tidak ada yang dikirim sebelum Anda memeriksa baris-barisnya.
bulk-file-label = File CSV
bulk-check-button = Periksa file
bulk-results-heading = Hasil
bulk-check-heading = Periksa sebelum mengirim
column-line = Baris
column-group = Grup
column-result = Hasil
column-check = Pemeriksaan
bulk-send-button = Kirim { $count } undangan
bulk-ready = Siap dikirim
bulk-sent = Terkirim
bulk-duplicate = Duplikat: nama pengguna ini sudah ada di baris sebelumnya.
bulk-group-invalid = Grup harus profesional, klien, atau administrator.
bulk-locale-invalid = Kolom locale harus berisi salah satu bahasa portal, misalnya de atau pt-BR.
bulk-exists = Sudah ada di kumpulan pengguna: nama pengguna tersebut sudah digunakan.
bulk-skipped-taken = Dilewati: nama pengguna tersebut sudah digunakan.
bulk-unreachable = Cognito tidak dapat dihubungi.
bulk-slow-down = Cognito meminta kami untuk memperlambat permintaan.
bulk-unexpected = Cognito memberikan jawaban yang tidak terduga; coba lagi nanti.
bulk-refused = Cognito menolak undangan ini.
bulk-unconfirmed = Cognito tidak menjawab tepat waktu, jadi belum pasti apakah undangan sudah terkirim. Periksa status pengguna tersebut sebelum mengirim ulang undangan.
bulk-failed = Gagal: { $reason }
bulk-stale = Baris-baris ini sudah terlalu lama diperiksa atau telah diubah. Unggah file lagi.
bulk-too-large = File lebih besar dari 256 KB.
bulk-not-utf8 = File bukan teks UTF-8.
bulk-wrong-header = Baris pertama harus persis: username,email,given_name,family_name,group (atau dengan ,locale di akhir)
bulk-too-many-rows = File berisi lebih dari 500 baris.
bulk-empty = File tidak berisi baris apa pun setelah header.
bulk-not-csv = File bukan CSV yang valid (baris { $line }).

## Halaman kesalahan

error-status = Kesalahan { $status }
error-home-link = Ke halaman awal
error-not-found-title = Halaman tidak ditemukan
error-not-found = Tidak ada halaman di alamat ini. Periksa alamatnya, atau kembali ke dasbor Anda.
error-method-title = Tidak diizinkan
error-method = Halaman ini tidak dapat digunakan dengan cara tersebut.
error-forbidden-title = Anda tidak memiliki akses ke halaman ini
error-forbidden = Akun Anda tidak memiliki akses ke halaman ini. Jika menurut Anda seharusnya ada, tanyakan kepada administrator Anda.
error-csrf-title = Formulir sudah kedaluwarsa
error-csrf = Demi keamanan Anda, formulir tidak dapat diterima. Kembali, muat ulang halaman, lalu coba lagi.
error-bad-request-title = Permintaan tidak dapat dipahami
error-bad-request = Ada data terkirim yang tidak valid. Kembali dan coba lagi.
error-too-large-title = Data yang Anda kirim terlalu besar
error-too-large = Formulir yang Anda kirim lebih besar dari yang dapat diterima halaman ini. Persingkat isian Anda dan coba lagi.
error-too-many-title = Terlalu banyak percobaan
error-too-many = Terlalu banyak percobaan yang gagal. Coba lagi dalam beberapa menit.
error-rate-limited-seconds = Terlalu banyak percobaan. Coba lagi dalam { $count } detik.
error-rate-limited-minutes = Terlalu banyak percobaan. Coba lagi dalam { $count } menit.
error-cross-site-title = Formulir berasal dari situs lain
error-cross-site = Demi keamanan Anda, portal ini hanya menerima formulir dari halamannya sendiri. Buka portal dan coba lagi.
error-conflict-title = Data tersebut sudah ada
error-conflict = Yang Anda minta sudah ada, jadi tidak ada yang diubah. Kembali dan periksa detailnya.
error-refused-title = Tindakan tersebut tidak dapat dilakukan
error-refused = Layanan masuk tidak menerima permintaan ini. Kembali, periksa isian Anda, lalu coba lagi; jika masalah ini terus terjadi, tanyakan kepada administrator Anda.
error-unexpected-title = Layanan masuk memberikan jawaban yang tidak terduga
error-unexpected = Sejauh yang kami ketahui, tidak ada yang diubah. Silakan coba lagi dalam beberapa menit; jika masalah ini terus terjadi, beri tahu administrator Anda.
error-unavailable-title = Proses masuk untuk sementara tidak tersedia
error-unavailable = Kami tidak dapat menghubungi layanan masuk saat ini. Silakan coba lagi dalam beberapa menit.
error-unconfirmed-title = Belum pasti apakah tindakan tersebut sudah dilakukan
error-unconfirmed-invite = Layanan masuk tidak menjawab tepat waktu, jadi belum pasti apakah undangan sudah terkirim. Periksa status pengguna tersebut dalam daftar sebelum mengirim ulang undangan.
error-unconfirmed-delete = Layanan masuk tidak menjawab tepat waktu, jadi belum pasti apakah pengguna tersebut sudah dihapus. Cari pengguna tersebut dalam daftar sebelum mencoba lagi.
error-unconfirmed = Layanan masuk tidak menjawab tepat waktu, jadi belum pasti apakah tindakan tersebut sudah dilakukan. Periksa terlebih dahulu sebelum mencoba lagi.
error-storage-title = Portal untuk sementara tidak tersedia
error-storage = Portal tidak dapat menghubungi penyimpanan sesinya saat ini. Silakan coba lagi dalam satu menit.
error-internal-title = Terjadi kesalahan
error-internal = Terjadi kesalahan di pihak kami. Silakan coba lagi sebentar lagi.
