# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = যখন ইচ্ছা, আপনার জেলার নাম বা ৬ অঙ্কের PIN কোড পাঠান, যাতে আপনার জেলার রপ্তানি আধিকারিক আপনাকে সাহায্য করতে পারেন। অথবা "এড়িয়ে যান" চাপুন।
button-skip-district = এড়িয়ে যান
district-skipped = ঠিক আছে। যেকোনো সময় /district দিয়ে আপনার জেলা জানাতে পারেন।
