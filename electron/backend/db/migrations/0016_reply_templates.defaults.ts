/**
 * The reply templates and "never say" phrases migration 16 ships (frozen with it; owners change them in Settings).
 * Written the way a good Pinduoduo shop's 客服 writes: 亲/您好, warm but not servile, never blaming the buyer, and
 * always saying what happens next and by when. Placeholders: {买家昵称} {订单号} {商品} {处理时限} {解决方案} {金额}
 * {客服名}; the English gloss tells the owner what the Chinese says, with the same placeholders in English.
 */
interface DefaultTemplate {
  id: string;
  situation: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  glossEn: string;
}

export const defaultReplyTemplates: readonly DefaultTemplate[] = [
  {
    id: 'tpl_ack_received',
    situation: 'acknowledge',
    titleZh: '收到反馈并致歉',
    titleEn: 'Acknowledge and apologise',
    bodyZh: '亲，您好，我是客服{客服名}。非常抱歉商品给您带来了不好的体验，您反馈的问题我已经记下了，会尽快帮您核实处理，请您放心。',
    glossEn:
      'Hello, this is {agent name} from customer service. We are very sorry the item let you down. I have noted the problem and will check and sort it out as quickly as possible.',
  },
  {
    id: 'tpl_ack_quality',
    situation: 'acknowledge',
    titleZh: '商品有问题，致歉并接手',
    titleEn: 'Sorry about a faulty item; I’ll take it from here',
    bodyZh:
      '亲，真的很抱歉，{商品}出现这样的问题，给您添麻烦了。您的订单{订单号}我这边已经查到，接下来由我负责跟进，{处理时限}前一定给您答复。',
    glossEn:
      'We are truly sorry {product} has this problem and for the trouble. I have found your order {order number}; I will follow it up myself and answer you before {deadline}.',
  },
  {
    id: 'tpl_ack_late',
    situation: 'acknowledge',
    titleZh: '回复晚了，致歉',
    titleEn: 'Sorry for the slow answer',
    bodyZh: '亲，让您久等了，实在抱歉！刚才咨询的亲比较多，回复晚了一些。您的问题我现在就为您处理。',
    glossEn: 'Sorry to keep you waiting! Many buyers wrote to us just now and we answered late. I am handling your question right now.',
  },
  {
    id: 'tpl_ask_order',
    situation: 'ask_details',
    titleZh: '请提供订单号',
    titleEn: 'Ask for the order number',
    bodyZh: '亲，为了尽快帮您查询，麻烦您发一下订单号，或者在聊天窗口里直接把订单发给我，谢谢您的配合～',
    glossEn: 'So we can look it up quickly, could you send your order number, or send the order itself in this chat? Thank you.',
  },
  {
    id: 'tpl_ask_photos',
    situation: 'ask_details',
    titleZh: '请拍照说明问题',
    titleEn: 'Ask for photos of the problem',
    bodyZh:
      '亲，麻烦您拍几张问题部位的照片发给我们（一张能看清问题的近照、一张商品整体照就可以），再简单说一下具体情况，我们收到后马上为您核实处理。',
    glossEn:
      'Could you send a few photos of the problem (one close-up that shows it clearly and one of the whole item is enough) and briefly say what happened? We will check it as soon as they arrive.',
  },
  {
    id: 'tpl_ask_product',
    situation: 'ask_details',
    titleZh: '确认商品和规格',
    titleEn: 'Confirm the product and variant',
    bodyZh: '亲，跟您确认一下：您收到的是{商品}吗？是哪一件出了问题、具体是什么情况呢？确认清楚后，我们好给您准确的处理方案。',
    glossEn:
      'Let me confirm: is the item you received {product}? Which piece has the problem, and what exactly is wrong? Once we are sure, we can give you the right solution.',
  },
  {
    id: 'tpl_ask_package',
    situation: 'ask_details',
    titleZh: '请拍外包装和快递面单',
    titleEn: 'Ask for photos of the box and shipping label',
    bodyZh: '亲，方便的话，麻烦再拍一下外包装和快递面单的照片，这样我们可以一起跟快递核实运输情况，也能更快帮您处理。',
    glossEn:
      'If it is convenient, please also photograph the outer box and the shipping label; then we can check the delivery with the courier and handle your case faster.',
  },
  {
    id: 'tpl_offer_remedy',
    situation: 'offer_solution',
    titleZh: '提出处理方案',
    titleEn: 'Offer a solution',
    bodyZh:
      '亲，给您带来不便非常抱歉。针对您反馈的问题，我们可以为您{解决方案}，金额{金额}。您看这样处理可以吗？如果您有其他想法，也可以告诉我，我们一起商量。',
    glossEn:
      'Sorry for the inconvenience. For the problem you reported we can offer you {remedy}, amount {amount}. Would that work for you? If you would like something else, tell me and we will work it out together.',
  },
  {
    id: 'tpl_offer_choice',
    situation: 'offer_solution',
    titleZh: '换新或退款，由买家选',
    titleEn: 'Let the buyer choose: replacement or refund',
    bodyZh: '亲，我们为您准备了两种方案：一是免费给您换一件新的，二是直接为您退款。您看哪种更方便？您选好后我马上为您安排。',
    glossEn:
      'We can offer two options: a new one sent free of charge, or a refund straight away. Which suits you better? I will arrange it as soon as you choose.',
  },
  {
    id: 'tpl_offer_partial',
    situation: 'offer_solution',
    titleZh: '部分退款，商品不用寄回',
    titleEn: 'Partial refund, keep the item',
    bodyZh:
      '亲，考虑到寄回来比较麻烦，如果不影响您使用，我们给您补偿{金额}，商品您留着用就好，您看可以吗？如果您还是想退货，我们也完全支持。',
    glossEn:
      'Since sending it back is a hassle: if the item is still usable for you, we will compensate you {amount} and you keep it. Is that OK? If you would still rather return it, we fully support that too.',
  },
  {
    id: 'tpl_progress_checking',
    situation: 'progress',
    titleZh: '正在核实，告知时间',
    titleEn: 'Checking it; when you will hear back',
    bodyZh: '亲，您的问题我们正在加急核实，已经同步给仓库的同事了，预计{处理时限}前给您明确答复。有进展我会第一时间告诉您，请您稍等。',
    glossEn:
      'We are urgently checking your issue and have passed it to our warehouse colleagues. Expect a clear answer before {deadline}; I will tell you the moment there is news.',
  },
  {
    id: 'tpl_progress_received',
    situation: 'progress',
    titleZh: '退货已收到，正在质检',
    titleEn: 'Return received, being inspected',
    bodyZh: '亲，您寄回的商品我们已经收到了，正在安排质检。质检完成后会马上为您办理{解决方案}，请您留意平台通知。',
    glossEn:
      'We have received the item you sent back and are inspecting it. As soon as that is done we will process your {remedy}; please watch for the platform notice.',
  },
  {
    id: 'tpl_escalate_owner',
    situation: 'escalation',
    titleZh: '已转交售后主管',
    titleEn: 'Passed to the after-sales supervisor',
    bodyZh: '亲，您的情况我已经详细转交给我们的售后主管，主管会亲自跟进，{处理时限}前联系您。给您添麻烦了，我们一定认真处理。',
    glossEn:
      'I have passed your case in full to our after-sales supervisor, who will follow it up personally and contact you before {deadline}. Sorry for the trouble; we will handle it carefully.',
  },
  {
    id: 'tpl_escalate_platform',
    situation: 'escalation',
    titleZh: '说明平台介入',
    titleEn: 'Explain platform intervention',
    bodyZh:
      '亲，理解您的心情。如果我们双方一时没能协商一致，可以申请平台介入，平台会根据双方提供的聊天记录、照片等凭证公平处理。在这之前，我们还是很希望能和您一起把问题解决好。',
    glossEn:
      'We understand how you feel. If we cannot agree, the platform can be asked to step in; it decides fairly from the chat history, photos and other evidence both sides provide. Before that, we would really like to solve this with you.',
  },
  {
    id: 'tpl_resolved_refund',
    situation: 'resolution',
    titleZh: '退款已办理',
    titleEn: 'Refund done',
    bodyZh:
      '亲，您的{解决方案}已经办理好了，金额{金额}，会按原支付方式退回，到账时间以支付渠道为准，请您留意查收。再次为给您带来的不便说声抱歉。',
    glossEn:
      'Your {remedy} of {amount} is done. It goes back to the original payment method; when it arrives depends on the payment channel. Sorry again for the inconvenience.',
  },
  {
    id: 'tpl_resolved_shipped',
    situation: 'resolution',
    titleZh: '换货/补寄已发出',
    titleEn: 'Replacement shipped',
    bodyZh: '亲，给您的{解决方案}商品已经发出了（订单{订单号}），物流进度可以在订单详情里查看。收到后有任何问题，随时来找我就好。',
    glossEn:
      'The goods for your {remedy} have been shipped (order {order number}); you can follow the delivery in the order details. If anything is wrong when it arrives, message me any time.',
  },
  {
    id: 'tpl_follow_after',
    situation: 'follow_up',
    titleZh: '处理后回访',
    titleEn: 'Check in after it is resolved',
    bodyZh: '{买家昵称}，您好！我是客服{客服名}。想问一下之前的问题现在都解决了吗？商品用着还满意吗？如果还有哪里不对，直接告诉我就好。',
    glossEn:
      'Hello {buyer name}, this is {agent name}. Is the earlier problem fully solved? Are you happy with the item now? If anything is still not right, just tell me.',
  },
  {
    id: 'tpl_follow_no_answer',
    situation: 'follow_up',
    titleZh: '买家未回复，再跟进',
    titleEn: 'Follow up when the buyer has not answered',
    bodyZh: '亲，之前给您发的处理方案不知道您看到了没有？您方便的时候回复我一下就好，方案在{处理时限}前都为您保留。',
    glossEn:
      'Just checking whether you saw the solution we sent. Reply whenever it suits you; we will keep the offer open for you until {deadline}.',
  },
  {
    id: 'tpl_feedback_rate',
    situation: 'feedback',
    titleZh: '感谢理解，邀请评价服务',
    titleEn: 'Thank them and ask for a service rating',
    bodyZh: '亲，感谢您的耐心和理解！这次给您添麻烦了，我们会继续改进。方便的话，请给我们的服务打个分，您的意见对我们很重要～',
    glossEn:
      'Thank you for your patience and understanding! Sorry for the trouble this time; we will keep improving. If you have a moment, please rate our service; your opinion matters to us.',
  },
  {
    id: 'tpl_feedback_thanks',
    situation: 'feedback',
    titleZh: '感谢建议',
    titleEn: 'Thank them for a suggestion',
    bodyZh: '亲，谢谢您的建议，我们已经转给相关同事改进了。以后有任何问题，欢迎随时联系我们，祝您生活愉快！',
    glossEn:
      'Thank you for the suggestion; we have passed it to the team so they can improve. Contact us any time if you need anything. Have a lovely day!',
  },
];

/** Blame, refusal without a reason, arguing: what turns a dispute against the shop when the platform reads the chat. */
export const defaultNeverSay: readonly { phrase: string; kind: 'blame' | 'refusal' | 'arguing' }[] = [
  { phrase: '是您自己', kind: 'blame' },
  { phrase: '你自己的问题', kind: 'blame' },
  { phrase: '使用不当', kind: 'blame' },
  { phrase: '你没看清楚', kind: 'blame' },
  { phrase: '怪你', kind: 'blame' },
  { phrase: 'your fault', kind: 'blame' },
  { phrase: 'you broke it', kind: 'blame' },
  { phrase: 'you should have read', kind: 'blame' },
  { phrase: '不能退', kind: 'refusal' },
  { phrase: '不给退', kind: 'refusal' },
  { phrase: '不可能', kind: 'refusal' },
  { phrase: '我们不负责', kind: 'refusal' },
  { phrase: '没办法处理', kind: 'refusal' },
  { phrase: 'no refund', kind: 'refusal' },
  { phrase: 'not our problem', kind: 'refusal' },
  { phrase: 'nothing we can do', kind: 'refusal' },
  { phrase: '爱买不买', kind: 'arguing' },
  { phrase: '随便你', kind: 'arguing' },
  { phrase: '你去投诉吧', kind: 'arguing' },
  { phrase: '我们没错', kind: 'arguing' },
  { phrase: '别人都没问题', kind: 'arguing' },
  { phrase: 'calm down', kind: 'arguing' },
  { phrase: 'we are not wrong', kind: 'arguing' },
  { phrase: 'go ahead and complain', kind: 'arguing' },
];
