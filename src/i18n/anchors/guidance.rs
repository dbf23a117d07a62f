//! What each anchor means and what it suggests for the interview, in Japanese and
//! English. Every function matches all eight anchors and returns both languages, so a
//! missing anchor or translation does not compile.

use crate::domain::anchors::Anchor;

/// A text in Japanese and English.
pub(super) type Both = (&'static str, &'static str);

/// What the anchor means in a phrase, for a reader who has not taken the assessment (the
/// interviewer reading the sheet): the name alone (コンピタンス, 生活様式) says little.
pub(super) fn gloss(anchor: Anchor) -> Both {
    match anchor {
        Anchor::TechnicalFunctional => (
            "専門分野で腕を磨き、生かし続けたい",
            "wants to deepen their expertise and keep using it",
        ),
        Anchor::GeneralManagerial => (
            "人をまとめ、責任ある立場で組織の成果を出したい",
            "wants posts of responsibility, leading people to results",
        ),
        Anchor::Autonomy => (
            "仕事のやり方・ペース・時間を自分で決めたい",
            "wants to set their own methods, pace and hours",
        ),
        Anchor::Security => (
            "安定した、先の見通せる環境で長く働きたい",
            "wants stability and a future they can foresee",
        ),
        Anchor::EntrepreneurialCreativity => (
            "新しい事業や商品を自分の手で生み出したい",
            "wants to create new products or ventures themselves",
        ),
        Anchor::Service => (
            "仕事を通じて人や社会の役に立ちたい",
            "wants their work to help people and society",
        ),
        Anchor::PureChallenge => (
            "難しい課題や手強い相手に挑むこと自体に価値を感じる",
            "values taking on hard problems for their own sake",
        ),
        Anchor::Lifestyle => (
            "仕事と家庭・自分の時間のバランスを大切にしたい",
            "wants work, family and their own time in balance",
        ),
    }
}

/// Two or three sentences on what the anchor means.
pub(super) fn description(anchor: Anchor) -> Both {
    match anchor {
        Anchor::TechnicalFunctional => (
            "自分の専門や得意分野で腕を磨き、それを発揮し続けることに満足を感じるタイプです。専門から離れる異動や、専門性が評価されない仕事では、やりがいを失いやすくなります。",
            "You find satisfaction in sharpening your skills in your own field and putting them to use. A move away from that field, or work where expertise is not valued, easily drains your motivation.",
        ),
        Anchor::GeneralManagerial => (
            "人をまとめ、組織として成果を出すことに喜びを感じるタイプです。責任の重い立場や、より広い範囲の判断を任されることを求めます。",
            "You enjoy bringing people together and getting results as an organisation. You look for posts with heavier responsibility and a wider range of decisions.",
        ),
        Anchor::Autonomy => (
            "仕事のやり方やペース、働く時間を自分で決めたいタイプです。細かい規則や指示に縛られると力を出しにくく、裁量の大きい仕事を好みます。",
            "You want to set your own methods, pace and hours. Detailed rules and instructions hold you back, and you prefer work that leaves you wide discretion.",
        ),
        Anchor::Security => (
            "安全で先の見通せる環境で、安心して長く働くことを大切にするタイプです。雇用や収入の安定を重んじ、所属する組織に誠実に尽くします。会社で働く人に最も多いアンカーだといわれます。",
            "You value working for a long time in a safe setting where you can see what lies ahead. Steady employment and income come first, and you are loyal to your organisation. It is said to be the most common anchor among company employees.",
        ),
        Anchor::EntrepreneurialCreativity => (
            "新しいものを自分の手で生み出すことに、何よりの喜びを感じるタイプです。事業や商品を立ち上げて育てることが、自分の力の証しになると考えます。",
            "Creating something new with your own hands makes you happiest. Launching a business or product and making it grow is, for you, the proof of what you can do.",
        ),
        Anchor::Service => (
            "仕事を通じて人や社会の役に立ち、世の中を良くしたいと願うタイプです。収入や地位よりも、自分の仕事が誰のためになっているかを大切にします。",
            "You want your work to help people and make society better. Whom your work benefits matters more to you than income or status.",
        ),
        Anchor::PureChallenge => (
            "難しい課題や手強い相手に立ち向かうこと自体に価値を感じるタイプです。分野よりも難しさが大事で、簡単な仕事が続くと退屈してしまいます。",
            "You value taking on hard problems and strong opponents for their own sake. How hard a task is matters more than its field, and routine work soon bores you.",
        ),
        Anchor::Lifestyle => (
            "仕事と家族、自分の時間のバランスを大切にするタイプです。仕事だけを優先するのではなく、暮らし全体がうまく回ることを求めます。",
            "You value a balance between work, family and time of your own. You want your whole life to run well, not your career alone.",
        ),
    }
}

/// What to talk about in the interview when this is the top anchor.
pub(super) fn interview_topics(anchor: Anchor) -> Both {
    match anchor {
        Anchor::TechnicalFunctional => (
            "これまで磨いてきた専門性と、それを今後どう深め、後輩や組織にどう還元していきたいかを話してみましょう。",
            "Talk about the expertise you have built, how you want to deepen it, and how you could pass it on to juniors and the organisation.",
        ),
        Anchor::GeneralManagerial => (
            "チームや組織を動かして成果を出した経験と、これからどんな範囲の責任を担いたいかを話してみましょう。",
            "Talk about times you led a team or organisation to results, and what scope of responsibility you want to take on next.",
        ),
        Anchor::Autonomy => (
            "自分の裁量が生きた場面と、今の仕事のどこまでを任せてほしいかを話してみましょう。",
            "Talk about moments when your own discretion paid off, and how much of your current work you would like left to you.",
        ),
        Anchor::Security => (
            "これからの数年を安心して働くために、何を続け、何に備えておきたいかを話してみましょう。",
            "Talk about what you want to keep doing, and what you want to prepare for, so that the coming years feel secure.",
        ),
        Anchor::EntrepreneurialCreativity => (
            "これまでに自分が始めたこと、形にしたことと、社内外で次に立ち上げてみたいことを話してみましょう。",
            "Talk about things you have started or brought into being, and what you would like to launch next, inside or outside the company.",
        ),
        Anchor::Service => (
            "仕事で誰かの役に立てたと感じた場面と、これから自分の経験を誰のために生かしたいかを話してみましょう。",
            "Talk about moments when you felt your work helped someone, and whom you want your experience to serve from now on.",
        ),
        Anchor::PureChallenge => (
            "これまでに乗り越えた一番難しい仕事と、これからどんな難題に挑みたいかを話してみましょう。",
            "Talk about the hardest job you have seen through, and what kind of difficult problem you want to take on next.",
        ),
        Anchor::Lifestyle => (
            "仕事と暮らしをどう両立させたいか、そのために職場で工夫できることや相談したいことを話してみましょう。",
            "Talk about how you want to fit work and life together, and what you could change, or ask for, at work to make that possible.",
        ),
    }
}

/// What to look for in a career vision written with this anchor on top.
pub(super) fn vision_hint(anchor: Anchor) -> Both {
    match anchor {
        Anchor::TechnicalFunctional => (
            "数年後、どの分野で、どんな専門家として頼られていたいかが書かれていますか。",
            "Does it say in which field, and as what kind of expert, you want to be relied on a few years from now?",
        ),
        Anchor::GeneralManagerial => (
            "どんなチームや組織を、どんな状態に導いていたいかが具体的に描かれていますか。",
            "Does it describe which team or organisation you want to be leading, and to what state?",
        ),
        Anchor::Autonomy => (
            "時間・場所・進め方のうち、何を自分で選べている状態なのかが書かれていますか。",
            "Does it say what you will be free to choose: your hours, your place of work, or your way of working?",
        ),
        Anchor::Security => (
            "安心して働き続けるために、どんな役割を担い、何（技能・健康・家計）を備えているかが書かれていますか。",
            "Does it say what role you will hold, and what you will have prepared (skills, health, household finances), to keep working with peace of mind?",
        ),
        Anchor::EntrepreneurialCreativity => (
            "何を新しく生み出し、それがどこまで育っているかが描かれていますか。",
            "Does it show what new thing you will have created, and how far it has grown?",
        ),
        Anchor::Service => (
            "誰の、どんな困りごとを、どう良くしていたいかが書かれていますか。",
            "Does it say whose difficulties you want to ease, and how?",
        ),
        Anchor::PureChallenge => (
            "どんな難しい課題に、いつ挑んでいるのかがはっきりしていますか。",
            "Is it clear which hard problem you will be taking on, and when?",
        ),
        Anchor::Lifestyle => (
            "仕事と暮らしがどんなバランスで回っている状態なのかが、具体的に描かれていますか。",
            "Does it describe concretely how work and private life will be balanced?",
        ),
    }
}

/// A short line for when this anchor is among the lowest: what matters least.
pub(super) fn when_lowest(anchor: Anchor) -> Both {
    match anchor {
        Anchor::TechnicalFunctional => (
            "一つの専門を極めることより、仕事の幅や別の価値を優先するようです。",
            "Mastering one speciality seems to matter less to you than breadth or other values.",
        ),
        Anchor::GeneralManagerial => (
            "人を率いる立場や昇進そのものは、あまり大きな動機ではないようです。",
            "Leading people, or promotion for its own sake, does not seem to be a strong motive for you.",
        ),
        Anchor::Autonomy => (
            "自由や裁量がなくても、組織の決まりや方針に沿って働くことは苦にならないようです。",
            "Working within the organisation's rules and direction does not seem to trouble you much; freedom matters less.",
        ),
        Anchor::Security => (
            "安定や保障よりも、変化や新しい可能性を選べる人のようです。",
            "You seem able to put change and new possibilities ahead of security.",
        ),
        Anchor::EntrepreneurialCreativity => (
            "ゼロから何かを立ち上げることには、あまり魅力を感じないようです。",
            "Starting something from nothing seems to hold little appeal for you.",
        ),
        Anchor::Service => (
            "社会への貢献そのものより、別の形の働きがいを求めているようです。",
            "You seem to look for meaning at work in ways other than contributing to society.",
        ),
        Anchor::PureChallenge => (
            "難しさそのものより、落ち着いて取り組めることや別の価値を重んじるようです。",
            "Difficulty for its own sake seems to matter less to you than steadiness or other values.",
        ),
        Anchor::Lifestyle => (
            "今は暮らしとの両立よりも、仕事そのものに力を注ぎたい時期なのかもしれません。",
            "For now, you may want to put your energy into the work itself rather than into balance with private life.",
        ),
    }
}
