p='/work/blind/pii-5b/posts_src.py'
s=open(p).read()
def rep(a,b):
    global s
    assert s.count(a)==1,(s.count(a),a[:60]); s=s.replace(a,b)
rep("[[P|mélissa]] (sans accent","[[P|melissa]] (sans accent")
rep("Thanks [[P|Hélène]], [[P|Yusra]]","Thanks [[P|Helene]], [[P|Yusra]]")
rep('ben voyons [[P|sylvain]] 😂','ben voyons [[P|silvain]] 😂')
rep('thanks [[P|Mr. Laflamme]]!','thx [[P|Mr Laflame]]!')
rep("[[P|Frédérique Paré]], [[P|Aïcha Traoré]]","[[P|Frederique Pare]], [[P|Aicha Traore]]")
open(p,'w').write(s)
