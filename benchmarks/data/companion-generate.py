#!/usr/bin/env python3
"""Generates companion-replies.tsv: past conversations (customer message -> the agent's known good reply) and held-out
customer messages, for the Agent companion's recall@3 (README "Agent companion"). Deterministic (seed 19).

Columns: set (past | query), conversation, intent, customer message, agent reply (past only)."""
import random

R = random.Random(19)
ORDER = lambda: str(R.randint(10000, 99999))
INTENTS = {
    "parcel-late": (
        ["My parcel {o} has not arrived yet, where is it?", "Where is my order {o}? It should have been here by now.",
         "Still waiting for my delivery {o}, it is late.", "The package {o} never showed up, can you check?",
         "Order {o} is delayed, when will the parcel arrive?", "I have not received my parcel {o}, tracking says nothing."],
        ["Sorry for the delay! Your parcel is on its way and should arrive within 2 working days; here is the tracking link.",
         "I am sorry your order is late. I checked with the courier: it arrives within two working days."]),
    "refund-request": (
        ["I want a refund for order {o}.", "Please give me my money back for {o}, the item is faulty.",
         "How do I get a refund for the order {o}?", "Can I have a refund, the product {o} broke after a day?",
         "I would like to return {o} and be refunded.", "Refund please, order {o} is not what I ordered."],
        ["I have started your refund; the money will be back on your card within 5 working days.",
         "Your refund is approved and will reach your account within 5 working days."]),
    "double-charge": (
        ["I was charged twice for order {o}.", "My card was billed two times for {o}!",
         "There are two payments for the same order {o} on my statement.", "You took the money twice for order {o}, fix it.",
         "Duplicate charge on my credit card for {o}.", "Why did you charge me double for {o}?"],
        ["Sorry about the double charge! I have cancelled the second payment; it disappears from your statement within 3 days.",
         "You are right, the payment went through twice. The duplicate is refunded and will show within 3 days."]),
    "change-address": (
        ["Can I change the delivery address for {o}?", "I moved, please update my shipping address for order {o}.",
         "Wrong address on order {o}, can you change it?", "How do I change where my parcel {o} is delivered?",
         "Please send order {o} to my office address instead.", "I need to update the address of my delivery {o}."],
        ["Sure, send me the new address and I will update the delivery before it ships.",
         "No problem: reply with the new address and I will change it on the order."]),
    "cancel-order": (
        ["Please cancel my order {o}.", "I want to cancel {o}, I changed my mind.",
         "How can I cancel the order {o} I placed yesterday?", "Cancel order {o} please, I ordered by mistake.",
         "Is it too late to cancel {o}?", "I do not want order {o} anymore, cancel it."],
        ["Your order is cancelled and you will not be charged. Sorry to see it go!",
         "Done: the order is cancelled, and any payment is released within 3 days."]),
    "password-reset": (
        ["I forgot my password and cannot log in.", "How do I reset my password?",
         "The password reset email never arrives.", "I am locked out of my account, help me reset the password.",
         "Can't sign in, password not accepted.", "Please reset my account password."],
        ["I have sent you a password reset link; it is valid for 30 minutes. Check your spam folder too.",
         "Use the 'Forgot password' link on the sign-in page; I also sent you a reset link just now."]),
    "damaged-item": (
        ["The item in order {o} arrived broken.", "My package {o} came damaged, the box was crushed.",
         "The glass in order {o} is cracked.", "Product {o} arrived with a broken screen.",
         "Order {o} was damaged in transit.", "Everything in parcel {o} is smashed."],
        ["I am sorry it arrived damaged! Please send a photo and I will ship a replacement right away.",
         "So sorry about that. A photo of the damage is all I need, then a replacement goes out today."]),
    "wrong-item": (
        ["I received the wrong item in order {o}.", "You sent me a different product than I ordered in {o}.",
         "Order {o} contains someone else's items.", "Wrong size delivered for {o}.",
         "This is not what I ordered, order {o}.", "The colour of the item in {o} is wrong."],
        ["Sorry for the mix-up! I will send the right item today and a free return label for the wrong one.",
         "Apologies, the wrong item was packed. The correct one ships today, with a prepaid return label."]),
    "opening-hours": (
        ["What are your opening hours?", "When is your store open on Saturday?",
         "Are you open on Sunday?", "What time do you close today?",
         "Until when can I reach the shop today?", "Opening hours of the store please."],
        ["Our stores are open Monday to Saturday from 9:00 to 20:00, closed on Sundays.",
         "We are open 9:00 to 20:00 Monday to Saturday; on Sundays we are closed."]),
    "invoice": (
        ["Can you send me an invoice for order {o}?", "I need the invoice for {o} for my company.",
         "Where can I download the invoice of order {o}?", "Please email the bill for {o}.",
         "My invoice for {o} has the wrong company name.", "Invoice missing for order {o}."],
        ["I have emailed you the invoice; you can also download it under My orders.",
         "The invoice is on its way to your email, and under My orders you can download it any time."]),
    "discount-code": (
        ["My discount code does not work.", "The promo code is rejected at checkout.",
         "Coupon code invalid, why?", "I cannot apply my voucher code.",
         "Your discount code says expired but it should be valid.", "The code from your newsletter is not accepted."],
        ["Sorry about that! I have applied the discount to your order manually.",
         "The code had a glitch; I have added the discount to your order by hand."]),
    "subscription-cancel": (
        ["How do I cancel my subscription?", "Please stop my monthly subscription.",
         "I want to end my membership.", "Cancel my plan, I do not use it anymore.",
         "Unsubscribe me from the monthly box.", "How can I stop the recurring payments?"],
        ["Your subscription is cancelled; you keep access until the end of the paid month.",
         "Done, no more payments will be taken. You can use the service until the month ends."]),
    "shipping-abroad": (
        ["Do you ship to Croatia?", "Can you deliver to Germany?",
         "Do you ship internationally?", "Is delivery to Spain possible?",
         "Can I order from Austria?", "What does shipping to Italy cost?"],
        ["Yes, we ship to all EU countries; delivery takes 3 to 5 working days and costs 9.90 EUR.",
         "We deliver across the EU in 3-5 working days, shipping is 9.90 EUR."]),
    "account-delete": (
        ["Please delete my account.", "I want all my personal data removed.",
         "How can I close my account for good?", "Remove my account and data (GDPR).",
         "Delete my profile please.", "I want to be forgotten, erase my account."],
        ["I have started the deletion of your account; it and your personal data are removed within 30 days.",
         "Your account will be deleted with all personal data within 30 days, as the GDPR requires."]),
    "warranty": (
        ["Is my product {o} still under warranty?", "How long is the warranty on order {o}?",
         "The device from {o} stopped working after 10 months, warranty?", "Warranty claim for {o} please.",
         "Does the guarantee cover my broken {o}?", "What does the warranty cover for {o}?"],
        ["All our products carry a 2-year warranty; send me the order number and a short description and I will open a claim.",
         "Yes, the 2-year warranty covers it. I am opening a claim for you now."]),
    "payment-failed": (
        ["My payment failed but money was taken.", "Checkout says payment declined.",
         "Why was my card declined?", "The payment did not go through for {o}.",
         "I cannot pay, the page gives an error.", "Payment error when ordering {o}."],
        ["A declined payment is never charged; any hold on your card is released within 3 days. Please try again or use PayPal.",
         "The payment did not complete, so nothing is charged; the bank releases the hold within 3 days."]),
    "change-order": (
        ["Can I add an item to order {o}?", "I want to change the size in order {o}.",
         "Please change the colour of my order {o}.", "Can I modify {o} before it ships?",
         "Swap one item in order {o} please.", "I forgot to add something to {o}."],
        ["Yes, the order has not shipped yet: tell me what to change and I will update it.",
         "It is still open for changes; send me what you want and I will adjust the order."]),
    "loyalty-points": (
        ["How many loyalty points do I have?", "My points from the last order {o} are missing.",
         "How do I use my bonus points?", "Loyalty points not credited for {o}.",
         "Can I pay with my points?", "Where do I see my reward points?"],
        ["Your points show under My account › Rewards; I have added the missing points from your last order.",
         "I credited the missing points; you can spend them at checkout under Rewards."]),
    "contact-human": (
        ["I want to talk to a real person.", "Can I speak to a human please?",
         "Is there a phone number I can call?", "Connect me with an agent.",
         "I need to speak with someone, not a bot.", "How do I call customer service?"],
        ["You are talking to a person now! You can also call us on +385 1 234 5678, Monday to Friday 8-18.",
         "I am a real agent, happy to help. Our phone line is +385 1 234 5678, weekdays 8-18."]),
    "pickup-store": (
        ["Can I pick up order {o} in the store?", "Is click and collect available for {o}?",
         "When can I collect my order {o} from the shop?", "I want to collect {o} myself.",
         "Store pickup for order {o}?", "Where do I pick up my order {o}?"],
        ["Yes, choose 'Pick up in store' at checkout; we send a text when your order is ready, usually in 2 hours.",
         "Click and collect is free: we text you when the order is ready in the store, usually within 2 hours."]),
}
GREETINGS = ["", "", "Hi, ", "Hello, ", "Good morning. ", "Hey there! "]
ENDINGS = ["", "", " Thanks.", " Thank you!", " Please help.", " Regards."]

lines = []
conversation = 1
for intent, (asks, replies) in INTENTS.items():
    train, held = asks[:4], asks[4:]
    for i in range(12):
        ask = R.choice(GREETINGS) + train[i % 4].format(o=ORDER()) + R.choice(ENDINGS)
        lines.append(("past", conversation, intent, ask, replies[i % 2]))
        conversation += 1
    for i in range(5):
        ask = R.choice(GREETINGS) + held[i % 2].format(o=ORDER()) + R.choice(ENDINGS)
        lines.append(("query", conversation, intent, ask, ""))
        conversation += 1
with open("companion-replies.tsv", "w", encoding="utf-8") as out:
    out.write("set\tconversation\tintent\tcustomer\treply\n")
    for row in lines:
        out.write("\t".join(str(c) for c in row) + "\n")
print(len([l for l in lines if l[0] == "past"]), "past conversations,",
      len([l for l in lines if l[0] == "query"]), "queries")
