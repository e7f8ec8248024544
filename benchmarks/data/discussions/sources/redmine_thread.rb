# Fill a fresh Redmine (Debian's, after `rake redmine:load_default_data`) with the thread of
# thread.json as an issue with journal notes, as a forum (board) topic with replies, and a
# wiki page. Run with `bin/rails runner -e production redmine_thread.rb` from /usr/share/redmine.
require "json"
spec = JSON.parse(File.read(File.join(__dir__, "thread.json")))
Setting.text_formatting = "common_mark"
Setting.login_required = "0"
users = {}
spec["posts"].each do |post|
  next if users[post["author"]]
  first, last = post["name"].split(" ", 2)
  user = User.find_by_login(post["author"]) || User.new(firstname: first, lastname: last, mail: "#{post['author']}@example.org")
  user.login = post["author"]
  user.password = user.password_confirmation = "secret-#{post['author']}-1"
  user.admin = true
  user.save!
  users[post["author"]] = user
end
project = Project.find_by_identifier("ops") || Project.create!(name: "Operations", identifier: "ops", is_public: true, enabled_module_names: %w[issue_tracking boards wiki])
project.trackers = Tracker.all if project.trackers.empty?
project.save!
stamp = ->(post) { Time.parse(post["date"] + "Z") }
body = lambda do |post|
  text = post["markdown"]
  if post["quote"]
    replied = spec["posts"][post["reply_to"]]["name"]
    text = "#{replied} wrote:\n> #{post['quote']}\n\n#{text}"
  end
  text
end
first = spec["posts"][0]
issue = Issue.create!(project: project, tracker: project.trackers.first, author: users[first["author"]], subject: spec["title"], description: first["markdown"], priority: IssuePriority.default || IssuePriority.first, status: IssueStatus.first)
issue.update_columns(created_on: stamp.(first), updated_on: stamp.(spec["posts"][-1]))
spec["posts"][1..].each do |post|
  journal = Journal.create!(journalized: issue, user: users[post["author"]], notes: body.(post))
  journal.update_columns(created_on: stamp.(post))
end
board = project.boards.first || Board.create!(project: project, name: "Help", description: "Questions about running our services")
topic = Message.create!(board: board, author: users[first["author"]], subject: spec["title"], content: first["markdown"])
topic.update_columns(created_on: stamp.(first), updated_on: stamp.(first))
spec["posts"][1..].each do |post|
  reply = Message.new(board: board, author: users[post["author"]], subject: "RE: #{spec['title']}", content: body.(post))
  reply.parent = topic
  reply.save!
  reply.update_columns(created_on: stamp.(post), updated_on: stamp.(post))
end
wiki = project.wiki || Wiki.create!(project: project, start_page: "Wiki")
page = WikiPage.new(wiki: wiki, title: "Backups")
page.content = WikiContent.new(page: page, author: users["mara"], text: File.read(File.join(__dir__, "wiki.md")))
page.save!
puts "issue #{issue.id} topic #{topic.id} wiki #{page.title}"
