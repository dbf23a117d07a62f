//! The closed lists. The check finds what a person will do from the shape of the
//! sentence (`japanese`, `english`), not from a list of verbs; the lists below hold only
//! what shape cannot tell: the forms that are NOT an observable act (attitudes and
//! effort, wishes and aspirations, states of being, thinking), the hedges that leave
//! the amount open (できるだけ, little by little), the results that are not acts (合格,
//! pass), the acts that open something (申し込む, sign up: DOMAIN.md's rule for a
//! deadline), vague times, and counts. Each line of a list is one meaning and its
//! spellings separated by `|`, which keeps the lists compact in the built site.
//! `word_index` packs them and indexes their spellings by the first char at compile
//! time, so a lookup reads only a handful of spellings whatever the length of the text.

use super::text::{is_latin_word_char, Text, Words};
use super::word_index::{line_word, packed_text, BUCKETS, INDEX};
use super::{Attitude, Hedge, Outcome, VagueTime};

/// What a word in the lists stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    /// An act that opens something (a sign-up, a booking, a first session): a deadline
    /// on it is a start.
    Opening,
    /// A result rather than an act: measurable, but reaching it by a date is no start.
    Outcome(Outcome),
    /// An attitude, an effort, a wish or a state that is itself the predicate (頑張る,
    /// try to, になる): an act right before it is what one will try, not what one does.
    AttitudeVerb(Attitude),
    /// An attitude that only colours an act (積極的に, proactively).
    AttitudeAdverb(Attitude),
    /// An amount left open (できるだけ, more, regularly): nobody can tell how much counts
    /// as done, unless a count or a rhythm is given too.
    Hedge(Hedge),
    /// A verb that names no visible result (見直す, 生かす): an act, but as unmeasured
    /// as a hedge.
    VagueVerb(Hedge),
    /// A verb that says only that one will act (行動する, 働く, behave): what is done
    /// comes from the words before it, so after an attitude (意識して行動する) it is
    /// that attitude, and otherwise it is as unmeasured as a hedge.
    Generic,
    Vague(VagueTime),
    /// A count or a rhythm (毎朝, every, once): what makes a hedged act measurable.
    Measure,
    /// A word that contains a listed stem without being it (勉強会, 取り消す is not
    /// 取る): read and then ignored.
    Other,
}

/// Japanese entries match anywhere; they are stems, so 申し込 covers 申し込む,
/// 申し込んで and 申し込みます. The longest entry at a position wins, which is how
/// 依頼 hides the 頼 of 頼られる, 通い始め beats 通い and 取り消 beats 取り.
/// The words of a beginning (始める, 取りかかる, 着手する, "get started"), as the lists
/// below give them: with what is begun named they open it; with nothing before them but a
/// time, beside a deadline, they say only that one begins (`japanese::kind`,
/// `rules::bound`).
pub(crate) const BEGINNINGS: Words = Words::new(
    "始め|始ま|開始|スタート|取りかか|取り掛か|とりかか|着手|はじめ|get started|gets started|getting started|make a start|made a start|making a start",
);

pub(super) const JAPANESE: &[(Word, &str)] = &[
    // An inquiry's record or desk (問い合わせ記録, 問い合わせ対応) is a noun, not asking.
    (Word::Other, "問い合わせ記録|問い合わせ対応|問い合わせ件数|問い合わせ窓口|問い合わせ内容|問い合わせ履歴|問い合わせfaq|問合せ対応|問合せ記録"),
    (Word::Other, "勉強会|読書会|学習会|相談会|発表会|練習会|報告会|研究会|交流会|説明会|取り入れ|取り消|取り扱|取り次|取り替|取りまとめ|取り決め|聞き取り|受け取|予約状況"),
    // Giving advice (相談にのる, 相談を受ける) goes on; it is not asking, which opens.
    (Word::Other, "相談にの|相談に乗|相談を受け|相談役|そうだんにの|そうだんをうけ"),
    // The acts that open something, one meaning a line: a line costs a look per lookup.
    (Word::Opening, "申し込|申込|申しこ|申請"),
    (Word::Opening, "予約|設定|アポ"),
    (Word::Opening, "登録|応募|エントリー|提出|立候補|出願|手続き|手続|届出|届け出|手を挙げ|手をあげ|手を上げ"),
    (Word::Opening, "依頼|頼み|頼む|頼ん|お願い|相談|聞き|聞く|聞い|問い合わせ|問合せ|伝え|伝える|申し出|申し入れ|申入れ|打診|請求|取り寄せ"),
    // Handing something over to someone (a draft sent to an editor, a post on the
    // intranet, a nomination) is a submission: after its deadline one can ask.
    (Word::Opening, "送付|送信|送る|送り|送っ|投稿|推薦|郵送"),
    // Handing something to someone (引き継ぎ資料を渡す) is a handing over, as 送る.
    (Word::Opening, "渡す|渡し|手渡"),
    // Showing a thing to a person (計画を作って、課長に見せます) hands it over for them to
    // see: the person named with に can say whether it came. Without a person (手本を
    // 見せる, 笑顔を見せる) it is a manner, not a handing over.
    (Word::Opening, "に見せ"),
    // An application handed in (願書を出す, 異動願を出す) is a submission too.
    (Word::Opening, "願書|申請書を出|申込書を出|届を出|届けを出|書類を出|履歴書を出|企画書を出|提案書を出|異動願|休職願|退職願"),
    // Getting started on something (資料作成に着手する, 原稿に取りかかる) begins it, as
    // 始める does; with nothing before it but a time (12月7日から取りかかり、…) it says
    // only that one begins (`japanese::kind`).
    (Word::Opening, "始め|始ま|開始|スタート|立ち上げ|通い始め|取りかか|取り掛か|とりかか|着手"),
    // Written in kana, as people type on a phone: とうろくする, もうしこむ, …をはじめる
    // (not はじめて, for the first time, nor 社長をはじめ, including).
    (Word::Opening, "とうろく|もうしこ|よやくし|よやくす|をはじめる|をはじめま|をはじめよ|はじめる|はじめます|はじめよう"),
    // …and so are the other words of the lists a phone user may leave in kana (そうだんする,
    // ほんきだす, ごうかくする): each read as its kanji is.
    (Word::Opening, "そうだん|さんかし|さんかす|ていしゅつ|れんらくし|れんらくす"),
    (Word::Opening, "開き|開く|開い|開催|主催"),
    (Word::Opening, "参加|入会|入学|入塾"),
    (Word::Opening, "購入|買い|買う|買っ"),
    // Paying a fee in (受講料を振り込む, 会費を払い込む) hands money over, as buying does:
    // after its deadline one can ask whether it was paid.
    (Word::Opening, "振り込|振込|払い込|払込"),
    (Word::Opening, "連絡|電話|メール|誘い|誘う|誘っ|声をかけ"),
    (Word::Outcome(Outcome::Pass), "合格|受か|ごうかく"),
    (Word::Outcome(Outcome::Obtain), "取得|獲得|取る|取り|取っ|取ろ|しゅとく"),
    (Word::Outcome(Outcome::Promotion), "昇格|昇進|しょうかく|しょうしん|管理職にな|長にな|主任にな|リーダーにな|マネージャーにな|マネジャーにな"),
    // A seat one is named to (プロジェクトのメンバーになる): checkable, and a result.
    // Being entrusted with a post (店長を任されている) is the post.
    (Word::Outcome(Outcome::Promotion), "長を任され|長を任せられ|長に任命され|長に抜擢され|メンバーにな|委員にな|メンバーに選ば|委員に選ば"),
    (Word::Outcome(Outcome::ScoreUp), "点up|点数up|点アップ|点数アップ|スコアup|スコアアップ|点数を上げ|スコアを上げ|点上げ|点以上|点を超え"),
    (Word::Outcome(Outcome::Achieve), "達成|到達|たっせい"),
    // Winning a contest or a place in it is a place in a ranking.
    (Word::Outcome(Outcome::Rank), "優勝|入賞"),
    // 足りないものは何か上司に聞く: after は, 何か asks what; it is no "something".
    (Word::Other, "は何か"),
    (Word::Outcome(Outcome::BecomeAble), "ようにな|できるようにな"),
    (Word::AttitudeVerb(Attitude::BeAware), "意識|気をつけ|気を付け|留意|いしきし|いしきす|いしきを|きをつけ"),
    // Feelings one holds (責任感を持つ): the 持つ after them is no act either.
    (Word::AttitudeVerb(Attitude::BeAware), "責任感|使命感|危機感|当事者意識|自覚を持|誇りを持|覚悟を持"),
    (Word::AttitudeVerb(Attitude::KeepInMind), "こころがけ|気を配|気をくば|気配りを|アンテナを張|アンテナをは|心がけ|心掛け|心に留め|心にとめ|肝に銘じ|胸に刻|メリハリをつけ|メリハリを付け|けじめをつけ|けじめを付け"),
    // Ways of working and minds: changed (営業スタイルに変える), they are an attitude.
    (Word::AttitudeVerb(Attitude::FreshStart), "スタイル|姿勢|スタンス|マインド|心構え"),
    (Word::AttitudeVerb(Attitude::DoMyBest), "頑張|がんば|本気を出|本気出|本気だ|全力を尽く|全力をつく|ほんきをだ|ほんきだ|ぜんりょくをつく"),
    (Word::AttitudeVerb(Attitude::Strive), "努め|努力|励み|励む|研鑽|精進|向き合|力を入れ|力をいれ|注力|どりょく|しょうじん|はげみ|はげむ|むきあ"),
    // 〜よう(に)工夫する aims an effort at a state (もっと分かりやすくなるよう工夫する),
    // as 〜よう心がける and 〜よう努める do; 工夫 with an object of its own (展示の
    // 見せ方を工夫する) stays a vague verb.
    (Word::AttitudeVerb(Attitude::Strive), "よう工夫|ように工夫"),
    (Word::AttitudeAdverb(Attitude::Proactively), "積極的|主体的|自主的|率先|せっきょくてき|しゅたいてき"),
    (Word::AttitudeAdverb(Attitude::Positively), "前向き|まえむき"),
    // Composure (冷静に対応する, 慌てずに説明する) is how one acts, as 前向きに is; it
    // colours a habit and leaves what counts as done open.
    (Word::AttitudeAdverb(Attitude::Stay), "冷静に|慌てず|あわてず|焦らず|あせらず"),
    (Word::AttitudeVerb(Attitude::Grow), "成長|向上|磨|高め|深め|伸ばし|伸ばす|伸び|せいちょう"),
    (Word::AttitudeVerb(Attitude::Value), "大切に|大事に|重視|優先し|優先す|たいせつに|だいじに"),
    (Word::AttitudeVerb(Attitude::BecomeSomeone), "存在にな|存在を目指|人になり|人になる|人材にな"),
    (Word::AttitudeVerb(Attitude::BeReliedUpon), "頼られ|信頼され"),
    (Word::AttitudeVerb(Attitude::Try), "挑戦|チャレンジ|ちょうせん|ちゃれんじ"),
    (Word::AttitudeVerb(Attitude::WorkOn), "取り組|とりくみ|とりくむ|とりくん"),
    (Word::AttitudeVerb(Attitude::Aim), "めざし|めざす|めざそ|目指|目標にし|目標とし|目標に掲げ"),
    // 希望する, to wish for (異動を希望します): a wish, as 〜たい (希望を出す is an act).
    (Word::AttitudeVerb(Attitude::Want), "希望し|希望す|きぼうし|きぼうす"),
    // An interest (興味はある) is not yet even a wish.
    (Word::AttitudeVerb(Attitude::Want), "興味があ|興味はあ|関心があ|関心はあ|きょうみがあ|きょうみはあ"),
    (Word::AttitudeVerb(Attitude::Contribute), "貢献|こうけん|よりそ|やくにた|手を差し伸べ|寄り添|役に立|役にた"),
    (Word::AttitudeVerb(Attitude::Think), "考え|検討|かんがえ|けんとうし|けんとうす|模索|信じ|捉え|見据え|視野に入れ|見極め|見きわめ"),
    // Finding a meaning or a worth (仕事に意味を見出す) happens in one's head.
    // …and so does finding what one wants to do (やりたいことを見つける).
    (Word::AttitudeVerb(Attitude::Think), "を見出|を見いだ|やりたいことを見つけ|したいことを見つけ|やりたいことを探"),
    // Sorting out what is in one's head (自分の強みを整理しておく) shows nothing either.
    // …and so does taking stock of oneself (自分の強みを棚卸しする, これまでの仕事の棚卸し;
    // not the stock count, 在庫の棚卸し), feeling out a chance, being of two minds.
    (Word::AttitudeVerb(Attitude::Think), "強みを棚卸|強みの棚卸|仕事の棚卸|キャリアの棚卸|経験の棚卸|スキルの棚卸|自分の棚卸|可能性を探|迷っ|迷い中"),
    (Word::AttitudeVerb(Attitude::Think), "強みを整理|弱みを整理|考えを整理|頭を整理|頭の中を整理|気持ちを整理|思いを整理|価値観を整理|やりたいことを整理"),
    (Word::AttitudeVerb(Attitude::Remember), "忘れな|忘れず|忘れま|感謝|かんしゃ|わすれな|わすれず"),
    (Word::AttitudeVerb(Attitude::FreshStart), "しんきいってん|きもちをきりかえ|きもちをいれかえ|こころをいれかえ|しょしんにかえ|気持ちを切り替え|気持ちを入れ替え|心機一転|心を入れ替え|初心に返|初心に帰"),
    (Word::AttitudeVerb(Attitude::Become), "になり|になる|になれ|となり|となる|であり続け|くなり|くなる|くなれ"),
    (Word::AttitudeVerb(Attitude::KeepGoing), "学び続け|成長し続け|挑戦し続け|努力し続け|まなびつづけ"),
    // Staying where one is (定年まで勤め上げる) is a state kept, not an act begun.
    (Word::AttitudeVerb(Attitude::Stay), "勤め上げ|勤めあげ|勤め続け|働き続け|つとめあげ|はたらきつづけ"),
    // That something exists or takes place (面談があります) says what will happen to
    // the person, not what they will do.
    (Word::AttitudeVerb(Attitude::TakesPlace), "があります"),
    (Word::Hedge(Hedge::AsMuchAsPossible), "できるだけ|出来るだけ|できる限り|出来る限り|できるかぎり|可能な限り|なるべく"),
    (Word::Hedge(Hedge::LittleByLittle), "少しずつ|徐々に|ちょっとずつ|すこしずつ|じょじょに"),
    (Word::Hedge(Hedge::Unspecified), "何か|何らか|なにか|できることを|やれることを|できる事を"),
    // Various people or things (いろんな人と話す), with no count: which, and how many?
    (Word::Hedge(Hedge::Unspecified), "いろんな|いろいろな|色々な|様々な|さまざまな"),
    (Word::Hedge(Hedge::More), "もっと|これまで以上に|今まで以上に|以前より|今より|より一層|一層|ますます|より多く|より良く|よりよく|多めに|少なめに|大きめに|誰よりも|誰より|人一倍"),
    // Doing something well (調整をうまくやる, 上手に伝える): how well is well?
    (Word::Hedge(Hedge::Seriously), "しっかり|きちんと|ちゃんと|本格的に|真剣に|じっくり|徹底的に|よく|うまく|上手く|上手に"),
    // 徹底する, to be thorough in: how far is thorough?
    (Word::VagueVerb(Hedge::Seriously), "徹底し|徹底す|徹底を"),
    (Word::Hedge(Hedge::Regularly), "定期的に|時々|ときどき|たまに|適宜|随時|折に触れ|必要に応じ|こまめに|まめに|頻繁に"),
    (Word::VagueVerb(Hedge::Review), "見直|見なお|みなお|見つめ直|見つめなお|振り返|振りかえ|ふりかえ|ふり返"),
    (Word::VagueVerb(Hedge::MakeUseOf), "生かし|生かす|活かし|活かす"),
    (Word::VagueVerb(Hedge::Develop), "育て|育成|そだて"),
    (Word::VagueVerb(Hedge::Improve), "改善|強化|工夫|活性化|効率化|円滑化|かいぜん"),
    // A result with no measure (成果を出す): nobody can tell which result counts.
    (Word::VagueVerb(Hedge::Improve), "成果を出|成果をあげ|成果を上げ|成果を残|結果を出|結果を残"),
    // Leading the people around (周りを引っ張る) and building relationships name no
    // visible result either; nor does raising a quality (仕事の質を上げる).
    // An atmosphere made (相談しやすい雰囲気をつくる), a body built for years to come.
    (Word::VagueVerb(Hedge::Develop), "雰囲気を作|雰囲気をつく|雰囲気づくり|雰囲気作り|体を作|体をつく|体づくり|体作り"),
    (Word::VagueVerb(Hedge::Develop), "引っ張|牽引|距離を縮め|関係を築|関係をつく|関係を作|関係づくり"),
    // A power or a skill raised or acquired (コミュ力をあげる, リーダーシップを身につける):
    // nobody can tell how much.
    // Learning how to do something (操作を覚える) is a skill acquired too; with a count
    // (英単語を20個覚える) it is measured.
    (Word::VagueVerb(Hedge::Improve), "覚え|おぼえ"),
    (Word::VagueVerb(Hedge::Improve), "力を上げ|力をあげ|力をつけ|力を付け|力アップ|身につけ|身に付け|質を上げ|質をあげ|質を高め|効率を上げ|効率をあげ|効率アップ|価値を上げ|評価を上げ|レベルを上げ|レベルアップ|スキルアップ|精度を上げ|見える化|可視化|バランスを整え|バランスを取|バランスをと"),
    // Raising or drawing out what is inside people (モチベーションを上げる, 部下の力を
    // 引き出す) names no result anyone could see.
    (Word::VagueVerb(Hedge::Develop), "モチベーションを上げ|モチベーションを高|やる気を上げ|やる気を引き出|士気を上げ|士気を高|力を引き出|力を最大限に引き出|能力を引き出|可能性を引き出|強みを引き出|良さを引き出"),
    (Word::VagueVerb(Hedge::More), "減ら|増や|削減|短縮|広げ|拡げ|広め|拡大|へら|ふや"),
    (Word::Generic, "行動|働き|働く|働い|過ごし|過ごす|接し|接する|振る舞|生活を送|日々を送|毎日を送|はたらき|はたらく|はたらい|すごし|すごす|こうどうし|こうどうす|せっする|ふるま"),
    // Getting through a time (繁忙期を乗り切る, 夜勤を乗り越える) is spending it, as 過ごす.
    (Word::Generic, "乗り切|乗りき|のりき|乗り越え|乗りこえ"),
    // Making a start (新しい自分でスタートを切る) says only that one begins: what is
    // begun comes from the words before it, as with 行動する (not スタートする, which
    // opens the thing it takes: 日報の作成をスタートする).
    (Word::Generic, "スタートを切|スタートをき"),
    // Work of some kind (感謝される仕事をする, 意識した働き方をする) and moving (動く) say
    // only that one will act: what is done comes from the words before them.
    // Doing one's job (営業します, 接客する, 業務にあたる) says only that one will work.
    (Word::Generic, "作業し|作業す|営業し|営業す|接客し|接客す|業務にあた|仕事にあた|仕事しま|仕事する|仕事して|仕事をし|仕事をす|働き方をし|働き方をす|動きま|動く|動いて|動いていき"),
    (Word::Measure, "毎朝|毎日|毎晩|毎夕|毎回|毎年|毎営業日|日々|週に|月に|年に"),
    // A share said in words (半分に減らす, 倍にする): as much a measure as a figure.
    (Word::Measure, "半分に|半分まで|半分以下|半減|倍に|二倍|三倍|ゼロに|ゼロにす"),
    // たぶん, maybe, perhaps: a time only perhaps is as vague as someday.
    (Word::Vague(VagueTime::Someday), "いつか|いつの日か|将来|たぶん|おそらく|しょうらい"),
    // At some point (どこかのタイミングで, どこかの時点で, 来年のどこかで), as "at some
    // point", "at some stage"; どこかで only right after a time (`scanner`).
    (Word::Vague(VagueTime::Someday), "どこかのタイミング|どこかの時点|どこかの段階|どこかで"),
    (Word::Vague(VagueTime::SoonerOrLater), "そのうち"),
    (Word::Vague(VagueTime::Eventually), "いずれ"),
    (Word::Vague(VagueTime::Soon), "近いうちに|近々|早めに|近日中|早いうちに|今度|ちかいうちに|はやめに"),
    (Word::Vague(VagueTime::AsSoonAsPossible), "できるだけ早く|出来るだけ早く|なるべく早く|なるべく早め|早急に|できるだけはやく|なるべくはやく"),
    (Word::Vague(VagueTime::FromNowOn), "今後|これから|こんご"),
    (Word::Vague(VagueTime::WhenThereIsTime), "時間ができたら|時間があれば|時間が取れたら|余裕ができたら|余裕があれば|落ち着いたら|機会があれば|暇な時|暇なとき|手が空いたら|気が向いたら"),
];

/// English entries match at the start of a word. A trailing `*` lets the word go on
/// (regist* covers register, registered, registering); without it the entry must end
/// a word, so "book a" does not fire inside "bookshelf".
pub(super) const ENGLISH: &[(Word, &str)] = &[
    (Word::Opening, "sign up|signs up|signed up|signing up|submit*|hand in|hand over|send|sends|sent|nominate*"),
    // A proposal put to someone is handed over, as 駅長に提案する.
    (Word::Opening, "propose|proposes|proposed"),
    // Pitching an idea to an editor or a client puts a proposal to them; pitching in
    // (helping) hands nothing over.
    (Word::Opening, "pitch|pitches|pitched"),
    (Word::Other, "pitch in|pitches in|pitched in"),
    (
        Word::Opening,
        "book a|book an|book the|book my|book one|booked|reserve*|schedule*",
    ),
    (Word::Opening, "regist*|apply|applied|applies|enrol*|enroll*|enter for|put my name forward|put myself forward|nominate myself"),
    // Putting one's name down for a course or a list ("put my name down for the boiler
    // course") signs up for it, as enrolling does.
    (Word::Opening, "put my name down|put our names down|put my name in for|put our names in for"),
    (Word::Opening, "ask*|request*|tell|tells|told|inform*|notify|sound out"),
    (
        Word::Opening,
        "start|starts|started|begin|began|launch*|set up|kick off|install*",
    ),
    (Word::Opening, "hold|held|host*|organi*|run a"),
    (Word::Opening, "join*|volunteer*"),
    // Meeting someone over a meal or a talk is arranged with them, as asking is.
    (Word::Opening, "have lunch with|have coffee with|have dinner with|have a chat with|have a talk with|have a coffee with|grab lunch with|grab coffee with"),
    // Hours of volunteer work are an amount of the work, not signing up for it.
    (Word::Other, "volunteer work|volunteer hours|volunteering hours"),
    (Word::Opening, "buy|bought|purchase*|order a|order an|order the|order my|order some|ordered"),
    (
        Word::Opening,
        "contact*|call|invite*|email*|e-mail*|phone|reach out|get in touch",
    ),
    (Word::Outcome(Outcome::Pass), "pass|passes|passed"),
    (
        Word::Outcome(Outcome::Obtain),
        "obtain*|get certified|earn*|certificat*|certified|cert|certs|license|licence|licensed|qualification|qualified",
    ),
    (
        Word::Outcome(Outcome::Promotion),
        "be promoted|get promoted|promotion|team lead|team leader|become a manager|become manager|become a team leader|become team leader|become a section manager|become a director|become head of|become a supervisor|become head|become a head|become the head|become chief|become a chief|become the chief|become deputy|become a deputy|become the deputy",
    ),
    (Word::Outcome(Outcome::ScoreUp), "score|scores|points"),
    (
        Word::Outcome(Outcome::Achieve),
        "finish|finishes|complete|completes|achieve*|reach|hit my target",
    ),
    // A place in a ranking ("finish in the top 3", "be ranked first") is a result. Only
    // whole phrases of ranking: "rank top risks", "finish first drafts", "come first to the
    // office", "make the top 10 list", "be in the top meeting room" are acts or places.
    (
        Word::Outcome(Outcome::Rank),
        "finish in the top|rank in the top|rank among the top|rank number one|ranked first|ranked top|ranked number one|be ranked|place in the top|get into the top|be the top|be number one|be the number one|be no. 1|be the no. 1",
    ),
    (Word::Outcome(Outcome::BecomeAble), "be able to"),
    (
        Word::AttitudeVerb(Attitude::BeAware),
        "be more aware|be aware|mindful|be conscious|be more conscious|be careful",
    ),
    (
        Word::AttitudeVerb(Attitude::KeepInMind),
        "keep in mind|bear in mind|keep an open mind|keep my mind open|take care of my health|look after my health|take better care of|take it easy|keep a good balance|keep a healthy balance",
    ),
    (Word::AttitudeVerb(Attitude::Try), "try to|trying to|try not to|seek out|challenge myself|step out of my comfort zone|push myself"),
    (
        Word::AttitudeVerb(Attitude::DoMyBest),
        "try my best|do my best|work hard|work harder",
    ),
    (
        Word::AttitudeVerb(Attitude::Strive),
        "strive|make an effort|make effort|make a real effort|make every effort|endeavo*|take ownership|focus on|focus more on|concentrate on|concentrate more on",
    ),
    (
        Word::AttitudeAdverb(Attitude::Proactively),
        "proactive*|actively",
    ),
    (Word::AttitudeAdverb(Attitude::Positively), "positive*|with fresh eyes|with an open mind|in my own way"),
    // Composure ("respond calmly", 冷静に) is how one acts, not what.
    (Word::AttitudeAdverb(Attitude::Stay), "calmly"),
    (Word::AttitudeVerb(Attitude::Grow), "grow|improve*|broaden*|widen my|deepen*|upskill*|develop myself|develop my career|develop my skills|expand my horizons"),
    (Word::AttitudeVerb(Attitude::Value), "value|cherish|embrace|respect"),
    // A mindset kept or changed ("keep a growth mindset") is a way of thinking.
    (Word::AttitudeVerb(Attitude::FreshStart), "mindset|mind-set"),
    (
        Word::AttitudeVerb(Attitude::BecomeSomeone),
        "become someone|become a person|be someone|become the kind|lead by example|be a role model",
    ),
    (
        Word::AttitudeVerb(Attitude::BeReliedUpon),
        "relied on|relied upon|rely on me|be trusted",
    ),
    (Word::AttitudeVerb(Attitude::WorkOn), "work on|focus on|working on|focusing on"),
    (Word::AttitudeVerb(Attitude::Aim), "aim to|aim for|aims to|aspire to|aspire"),
    (Word::AttitudeVerb(Attitude::Contribute), "contribute"),
    (
        Word::AttitudeVerb(Attitude::Think),
        "think*|consider|reflect on|contemplate|look into|looking into|figure out|work out what|work out how|grasp|understand",
    ),
    // …whatever the tense ("I thought about my career", "reflected on"), and looking
    // back on something, as 振り返る: in one's own head (shared, it is an act: `kind`).
    (
        Word::AttitudeVerb(Attitude::Think),
        "thought about|thought through|thought over|thought of|thought hard|thought seriously|thought deeply|thought carefully|considered|considers|reflects on|reflected on|reflecting on|reflect upon|reflected upon|contemplat*|ponder*|mull over|mulled over|mulling over|look back on|looks back on|looked back on|looking back on|look back over",
    ),
    (
        Word::AttitudeVerb(Attitude::Remember),
        "never forget|remember to|always remember|be grateful|be thankful",
    ),
    (
        Word::AttitudeVerb(Attitude::FreshStart),
        "make a fresh start|turn over a new leaf",
    ),
    // "make myself indispensable": made oneself what one becomes.
    (Word::AttitudeVerb(Attitude::Become), "become|make myself|prepare myself|ready myself"),
    // Keeping up with a field ("keep up with new threats") is staying informed, a state.
    (Word::AttitudeVerb(Attitude::Stay), "keep up with|keeping up with|keep abreast of|keep abreast with"),
    (Word::AttitudeVerb(Attitude::Stay), "stay|remain|stop being|start being|keep being|get more comfortable|get comfortable|become comfortable|feel comfortable|maintain a good work|work-life balance|work life balance"),
    (Word::AttitudeVerb(Attitude::TakesPlace), "there is|there will be|there's"),
    // "I want patients to feel at ease", "I want a promotion": a bare want is a wish
    // as much as "want to" is, for others' acts as for one's own.
    (
        Word::AttitudeVerb(Attitude::Want),
        "want|wants|want to|wants to|hope to|hopes to|hoping to|hope i|hope we|hope that|would like to|i'd like to|we'd like to|like to|wish to|dream of|love to|i'd love to|would love to|keen to|eager to",
    ),
    (
        Word::AttitudeVerb(Attitude::KeepGoing),
        "keep learning|keep growing|keep improving|keep studying|keep trying|keep challenging|keep doing my job|do my job well|do a good job",
    ),
    (
        Word::Hedge(Hedge::AsMuchAsPossible),
        "as much as possible|as often as possible|as many as possible|as i can|whenever i can|whenever possible|when possible|if possible|where possible|as far as possible|as best i can|whenever they need*|whenever needed|whenever necessary|when necessary",
    ),
    (
        Word::Hedge(Hedge::LittleByLittle),
        "little by little|bit by bit|gradually|step by step",
    ),
    (Word::Hedge(Hedge::Unspecified), "something new|something different|anything new"),
    (Word::Hedge(Hedge::More), "more|better|harder|earlier than|shorter|fewer|less|some of|a few of"),
    (
        Word::Hedge(Hedge::Seriously),
        "seriously|properly|thoroughly|closely|in earnest",
    ),
    (
        Word::Hedge(Hedge::Regularly),
        "regularly|often|frequently|sometimes|occasionally|from time to time|now and then|as needed|when needed",
    ),
    (
        Word::VagueVerb(Hedge::Review),
        "rethink|reconsider",
    ),
    (
        Word::VagueVerb(Hedge::MakeUseOf),
        "make use of|make the most of|use what i|apply what i|put what i",
    ),
    (Word::VagueVerb(Hedge::Develop), "foster|nurture|support|supports"),
    (Word::VagueVerb(Hedge::Improve), "strengthen|enhance|maintain a healthy|maintain a good balance|maintain balance"),
    (Word::VagueVerb(Hedge::Develop), "build relationships|build stronger relationships|build better relationships|build trust|build rapport|expand my network|broaden my network|widen my network|grow my network"),
    (Word::Generic, "act|behave|conduct myself|treat"),
    // Getting started ("get started on it", "make a start") says only that one begins,
    // unless what is begun is named ("get started on the report" starts it).
    (Word::Generic, "get started|gets started|getting started|make a start|made a start|making a start"),
    (Word::Opening, "get started on the|get started on my|get started on a|get started on our|make a start on the|make a start on my|make a start on a|make a start on our"),
    (
        Word::VagueVerb(Hedge::More),
        "reduce|increase|cut down on|cut back on|lower|shorten|double|halve|triple",
    ),
    (
        Word::Measure,
        "every|each|daily|weekly|monthly|once|twice|per|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen",
    ),
    (
        Word::Vague(VagueTime::Someday),
        "someday|some day|one day|sometime|at some point|one of these days|at some stage|maybe|perhaps",
    ),
    (Word::Vague(VagueTime::SoonerOrLater), "sooner or later"),
    (Word::Vague(VagueTime::Soon), "soon|shortly|in the coming weeks|in the coming months|in the next few weeks|in the next few months|in the near term"),
    (
        Word::Vague(VagueTime::AsSoonAsPossible),
        "as soon as possible|asap|at the earliest opportunity|first chance i get",
    ),
    (
        Word::Vague(VagueTime::FromNowOn),
        "in the future|in the near future|in due course|from now on|going forward",
    ),
    (Word::Vague(VagueTime::Eventually), "eventually"),
    (
        Word::Vague(VagueTime::WhenThereIsTime),
        "when i have time|when i have the time|when i get the chance|when i get a chance|when i find time|when i can|if i have time",
    ),
    // Once the busy time is over, whenever that is: "when things calm down", "once
    // things slow down", "when work settles".
    (
        Word::Vague(VagueTime::WhenThereIsTime),
        "when things calm down|once things calm down|when things slow down|once things slow down|when things settle*|once things settle*|when things quiet down|once things quiet down|when work calms down|once work calms down|when work slows down|once work slows down|when work settles*|once work settles*",
    ),
];

/// Where "with customer satisfaction in mind", "keeping safety in mind" or "bearing
/// the reader in mind" ends, when one begins at `i`: English says the attitude of
/// 意識して with what it is aware of in between, which no line of the lists can hold.
/// At most six words stand between, in one clause (a comma or a full stop ends the
/// search), so the look-ahead is bounded.
pub(crate) fn in_mind_at(text: &Text, i: usize) -> Option<usize> {
    let mut at = ["with", "keeping", "bearing"]
        .iter()
        .find_map(|lead| text.word_at(i, lead))?;
    for _ in 0..=6 {
        if !text.at(at).is_whitespace() {
            return None;
        }
        at = text.skip_spaces(at);
        if let Some(end) = text.word_at(at, "in mind") {
            return Some(end);
        }
        let start = at;
        while is_latin_word_char(text.at(at)) || (text.at(at) == '-' && at > start) {
            if at - start > 24 {
                return None;
            }
            at += 1;
        }
        if at == start {
            return None;
        }
    }
    None
}

/// The longest entry of the lists found at `i`, with where it ends.
pub(crate) fn word_at(text: &Text, i: usize) -> Option<(Word, usize)> {
    let first = text.at(i);
    let bucket = first as usize % BUCKETS;
    // The bucket only says that the first char may be this one: each spelling's first
    // bytes are compared with those of the text's next two chars, encoded once here
    // (one char when the second is a space, which a pattern's space may stretch over).
    let mut head = [0u8; 8];
    let mut head_len = first.encode_utf8(&mut head).len();
    let second = text.at(i + 1);
    if !second.is_whitespace() && second != '\0' {
        head_len += second.encode_utf8(&mut head[head_len..]).len();
    }
    let head = &head[..head_len];
    let packed = packed_text();
    let entries = INDEX.starts[bucket] as usize..INDEX.starts[bucket + 1] as usize;
    let mut best: Option<(Word, usize)> = None;
    let mut best_len = 0;
    for e in entries {
        let (from, to) = (INDEX.from[e] as usize, INDEX.to[e] as usize);
        // Two entries that both match at `i` are one a prefix of the other, so the
        // longer in bytes is the longer in chars; equal lengths cannot both match.
        if to - from <= best_len {
            continue;
        }
        let same_head = packed.as_bytes().get(from..to).is_some_and(|spelling| {
            let n = spelling.len().min(head.len());
            // The last byte compared tells most entries apart (in Japanese the first bytes
            // are those every kana and most kanji share): one byte before the whole head.
            n > 0 && spelling[n - 1] == head[n - 1] && spelling[..n] == head[..n]
        });
        if !same_head {
            continue;
        }
        let Some(pattern) = packed.get(from..to) else {
            continue;
        };
        let k = INDEX.lines[e] as usize;
        let english = k >= JAPANESE.len();
        let stem = packed.as_bytes().get(to) == Some(&b'*');
        if let Some(end) = match_at(text, i, pattern, english, stem) {
            best = Some((line_word(k), end));
            best_len = to - from;
        }
    }
    best
}

fn match_at(text: &Text, i: usize, pattern: &str, english: bool, stem: bool) -> Option<usize> {
    if !english {
        return text.match_at(i, pattern);
    }
    if !text.is_word_start(i) {
        return None;
    }
    let end = text.match_at(i, pattern)?;
    if stem {
        let mut j = end;
        while text.at(j).is_ascii_alphabetic() && j - end < 16 {
            j += 1;
        }
        Some(j)
    } else {
        Some(end).filter(|&end| text.is_word_end(end))
    }
}
