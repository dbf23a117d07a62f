//! The Japanese lines of the closed lists (`vocabulary`): stems of the acts that open
//! something, results, attitudes, hedges, vague times and counts, each line one meaning
//! and its spellings.

use super::Word;
use crate::domain::commitment::{Attitude, Hedge, Outcome, VagueTime};

/// Japanese entries match anywhere; they are stems, so 申し込 covers 申し込む,
/// 申し込んで and 申し込みます. The longest entry at a position wins, which is how
/// 依頼 hides the 頼 of 頼られる, 通い始め beats 通い and 取り消 beats 取り.
pub(crate) const JAPANESE: &[(Word, &str)] = &[
    // An inquiry's record or desk (問い合わせ記録, 問い合わせ対応) is a noun, not asking.
    (Word::Other, "問い合わせ記録|問い合わせ対応|問い合わせ件数|問い合わせ窓口|問い合わせ内容|問い合わせ履歴|問い合わせfaq|問合せ対応|問合せ記録"),
    (Word::Other, "勉強会|読書会|学習会|相談会|発表会|練習会|報告会|研究会|交流会|説明会|取り入れ|取り消|取り扱|取り次|取り替|取りまとめ|取り決め|聞き取り|受け取|予約状況"),
    // Giving advice (相談にのる, 相談を受ける) goes on; it is not asking, which opens.
    (Word::Other, "相談にの|相談に乗|相談を受け|相談役|そうだんにの|そうだんをうけ"),
    // The acts that open something, one meaning a line: a line costs a look per lookup.
    (Word::Opening, "申し込|申込|申しこ|申請"),
    (Word::Opening, "予約|設定|アポ"),
    // Being given someone's time (師長に話をする時間をもらう, 面談の時間をいただく) books a
    // talk with them, as アポ does.
    (Word::Opening, "時間をもら|時間をいただ|時間を頂|時間を取ってもら|時間をとってもら|時間を作ってもら|時間をつくってもら"),
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
    // Asking or telling someone (せんぱいにきく, はんちょうにつたえる, たのむ) in kana; きく
    // only after the person's に (きくばり is care).
    (Word::Opening, "にきく|にきき|にきい|つたえ|たのむ|たのみ|たのん|おねがい|とりよせ"),
    // Saying it to someone (店長に話す, 上司に言う) opens a conversation, as 伝える does.
    (Word::Opening, "に話す|に話し|に話そ|に言う|に言い|に言お|に言っ|にいう|にいい|にいっ|にはなす|にはなし"),
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
    // A post with a title of its own (杜氏になる, 惣菜チーフになる) or a contract changed
    // (正社員になる): announced by the company, so checkable, and a result.
    (Word::Outcome(Outcome::Promotion), "杜氏にな|チーフにな|正社員にな"),
    // A move the company decides (技術研修センターに異動する, 関連会社へ出向します):
    // announced, so checkable, and a result; asking for it (異動を申し出る) is the act.
    (Word::Outcome(Outcome::Transfer), "に異動す|に異動し|へ異動す|へ異動し|に転籍す|に転籍し|へ転籍す|へ転籍し|に出向す|に出向し|へ出向す|へ出向し"),
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
    (Word::Hedge(Hedge::AsMuchAsPossible), "できるだけ|出来るだけ|できる限り|出来る限り|できるかぎり|可能な限り|なるべく|できる範囲で|出来る範囲で|可能な範囲で|無理のない範囲で|無理のない範囲内で|できる範囲内で"),
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
    // A rate or sales raised with no level (応答率を上げる, 売上を上げる): how far is up?
    // With a figure (応答率を90%に上げる) it is a level reached (`level`).
    (Word::VagueVerb(Hedge::More), "率を上げ|率をあげ|率を下げ|率をさげ|率を高め|率を改善|売上を上げ|売上をあげ|売り上げを上げ|生産性を上げ|生産性をあげ|生産性を高め|品質を上げ|品質を高め"),
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
