<?php
$_SERVER["HTTP_HOST"]="127.0.0.1:8081";
require "/usr/share/wordpress/wp-load.php";
require_once ABSPATH."wp-admin/includes/taxonomy.php";
$uid = wp_insert_user(["user_login"=>"ada","user_pass"=>"x1y2z3w4","display_name"=>"Ada Marsh","first_name"=>"Ada","last_name"=>"Marsh","role"=>"author"]);
$uid2 = wp_insert_user(["user_login"=>"tom","user_pass"=>"x1y2z3w4","display_name"=>"Tom Reeve","role"=>"author"]);
$cat = wp_create_category("Harbour Life");
$cat2 = wp_create_category("Boats");
update_option("thread_comments", 1);
update_option("show_avatars", 1);
update_option("blogdescription", "A log kept by the harbour office");
update_option("permalink_structure", "/%year%/%monthnum%/%day%/%postname%/");
$p = wp_insert_post(["post_title"=>"Mending Nets on the North Quay","post_content"=>file_get_contents("post1.html"),
 "post_status"=>"publish","post_author"=>$uid,"post_date"=>"2024-05-02 09:15:00","post_category"=>[$cat],
 "tags_input"=>["nets","crews","spring"],"post_excerpt"=>""]);
$posts = [
 ["The Ferry Timetable Changes in June","From the first of June the morning ferry leaves twenty minutes earlier, so that it meets the first train at the junction. The evening crossings stay as they are.","2024-04-20 08:00:00",$uid2,$cat2],
 ["Painting the Pilot Boat","The pilot boat spent a week on the slipway this month. Her hull was scraped, primed and painted in the same dark green she has worn since the harbour bought her.","2024-04-11 10:30:00",$uid,$cat2],
 ["A Quiet Week at the Fish Market","Prices held steady at the market this week. Mackerel was plentiful, crab was scarce, and the ice machine finally stopped making its rattling noise.","2024-03-28 07:45:00",$uid2,$cat],
 ["New Benches on the Harbour Wall","Four new benches now stand along the harbour wall, made from the timber of the old fish shed. Each bench carries the name of a boat that once fished from the quay.","2024-03-15 12:00:00",$uid,$cat],
 ["Counting Seals at Low Tide","Volunteers counted the seals on the sandbank at low tide last Sunday. They found forty-one adults and six pups, a few more than the same week last year.","2024-03-02 14:20:00",$uid2,$cat],
];
foreach ($posts as $q) {
  $content = "<!-- wp:paragraph -->\n<p>".$q[1]."</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>The harbour office will post any further news here as it comes in.</p>\n<!-- /wp:paragraph -->";
  wp_insert_post(["post_title"=>$q[0],"post_content"=>$content,"post_status"=>"publish","post_author"=>$q[3],"post_date"=>$q[2],"post_category"=>[$q[4]]]);
}
$page = wp_insert_post(["post_type"=>"page","post_title"=>"About the Harbour Log","post_status"=>"publish","post_author"=>$uid,"post_date"=>"2024-01-10 09:00:00",
 "post_content"=>"<!-- wp:paragraph -->\n<p>The harbour log is written by the people who work on the quays: the harbour office, the crews and the volunteers who count the seals.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>Writing for the log</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Anyone who works in the harbour may send a note to the office. We print the notes on the board by the ferry steps and post them here a day later.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:list -->\n<ul><li>Keep it short and about the harbour.</li><li>Give your name as you want it printed.</li></ul>\n<!-- /wp:list -->"]);
$c1 = wp_insert_comment(["comment_post_ID"=>$p,"comment_author"=>"Hattie Cole","comment_author_email"=>"h@example.org","comment_content"=>"My grandfather mended nets on that quay for forty years. He always said the wooden needles were better than the plastic ones.","comment_date"=>"2024-05-02 18:40:00","comment_approved"=>1]);
$c2 = wp_insert_comment(["comment_post_ID"=>$p,"comment_author"=>"Ada Marsh","user_id"=>$uid,"comment_author_email"=>"ada@example.org","comment_content"=>"Thank you, Hattie. Most of the crews still agree with him, and the wooden needles are what they carried this year.","comment_date"=>"2024-05-02 20:05:00","comment_approved"=>1,"comment_parent"=>$c1]);
$c3 = wp_insert_comment(["comment_post_ID"=>$p,"comment_author"=>"Sam Pryor","comment_author_email"=>"s@example.org","comment_content"=>"Will the tally script be shared? We keep a similar notebook at the south harbour.","comment_date"=>"2024-05-03 09:12:00","comment_approved"=>1]);
$c4 = wp_insert_comment(["comment_post_ID"=>$p,"comment_author"=>"Lena Voss","comment_author_email"=>"l@example.org","comment_content"=>"Lovely photographs of the quay wall. Please do the same record next spring.","comment_date"=>"2024-05-04 11:30:00","comment_approved"=>1]);
wp_delete_post(1, true); wp_delete_post(2, true); wp_delete_post(3, true);
flush_rewrite_rules();
echo "post $p page $page cat $cat\n";
