// SPDX-License-Identifier: Apache-2.0
// The page's small script: drag-and-drop onto the file fields, and uploads with a progress bar.

import TaizhangModel

/// The page's JavaScript. Without it every form still posts as plain HTML; with it, files can be
/// dropped on a field, an upload shows its progress, a download is saved without leaving the
/// page, and an error is shown beside the form that caused it.
enum PageScript {
    /// The script, with the catalogue's wording for "sending", "working" and a broken connection.
    static func javascript(_ catalog: MessageCatalog) -> String {
        let words = ["page-sending", "page-working", "page-failed"].map { key in
            var literal = ""
            JSONValue.text(catalog.serveMessage(key)).write(to: &literal, indent: 0)
            // A JSON string inside a script element: "</" must not close the element.
            return literal.replacingOccurrences(of: "</", with: "<\\/")
        }
        return "var WORDS=[\(words.joined(separator: ","))];\n" + body
    }

    private static let body = #"""
        (function(){
        var SENDING=WORDS[0],WORKING=WORDS[1],FAILED=WORDS[2];
        function names(files){return Array.prototype.map.call(files,function(f){return f.name}).join(' · ')}
        Array.prototype.forEach.call(document.querySelectorAll('.drop'),function(zone){
          var input=zone.querySelector('input'),hint=zone.querySelector('.hint');
          function show(){if(input.files.length){hint.textContent=names(input.files)}}
          input.addEventListener('change',show);
          ['dragenter','dragover'].forEach(function(t){zone.addEventListener(t,function(e){e.preventDefault();zone.classList.add('over')})});
          ['dragleave','drop'].forEach(function(t){zone.addEventListener(t,function(e){e.preventDefault();zone.classList.remove('over')})});
          zone.addEventListener('drop',function(e){
            var files=e.dataTransfer.files;
            if(!files.length)return;
            if(!input.multiple&&files.length>1){var keep=new DataTransfer();keep.items.add(files[0]);files=keep.files}
            input.files=files;show();
          });
        });
        function fileName(header){
          var m=/filename\*=UTF-8''([^;]+)/.exec(header||'');
          if(m)return decodeURIComponent(m[1]);
          m=/filename="([^"]+)"/.exec(header||'');
          return m?m[1]:'download';
        }
        Array.prototype.forEach.call(document.querySelectorAll('form'),function(form){
          form.addEventListener('submit',function(e){
            if(!window.FormData||!window.Blob||!window.URL)return;
            e.preventDefault();
            var action=e.submitter&&e.submitter.hasAttribute('formaction')?e.submitter.formAction:form.action;
            var page=/\/api\/validate(\?|$)/.test(action);
            var bar=form.querySelector('progress'),status=form.querySelector('.status');
            var buttons=form.querySelectorAll('button');
            function busy(on){Array.prototype.forEach.call(buttons,function(b){b.disabled=on});bar.hidden=!on}
            function failed(text){busy(false);status.className='status failed';status.textContent=text}
            var xhr=new XMLHttpRequest();
            xhr.open('POST',action);
            xhr.setRequestHeader('Accept',page?'text/html':'application/json');
            xhr.responseType='blob';
            busy(true);bar.value=0;status.className='status';status.textContent=SENDING;
            xhr.upload.onprogress=function(p){
              if(!p.lengthComputable)return;
              bar.value=p.loaded/p.total;status.textContent=SENDING+' '+Math.round(100*p.loaded/p.total)+'%';
            };
            xhr.upload.onload=function(){bar.removeAttribute('value');status.textContent=WORKING};
            xhr.onerror=function(){failed(FAILED)};
            xhr.onload=function(){
              var type=xhr.getResponseHeader('Content-Type')||'';
              if(page&&/text\/html/.test(type)){
                // The findings go above the cards; the form keeps its files, so the marked copies
                // are one click away.
                xhr.response.text().then(function(html){
                  var fresh=new DOMParser().parseFromString(html,'text/html').getElementById('results');
                  if(!fresh){document.open();document.write(html);document.close();return}
                  var old=document.getElementById('results');
                  if(old){old.parentNode.replaceChild(fresh,old)}
                  else{document.querySelector('main').insertBefore(fresh,document.querySelector('.cards'))}
                  busy(false);status.textContent='';
                  window.scrollTo(0,0);
                });
                return;
              }
              if(xhr.status===200){
                busy(false);
                var name=fileName(xhr.getResponseHeader('Content-Disposition'));
                var url=URL.createObjectURL(xhr.response),link=document.createElement('a');
                link.href=url;link.download=name;document.body.appendChild(link);link.click();link.remove();
                setTimeout(function(){URL.revokeObjectURL(url)},60000);
                status.textContent='✓ '+name;
                return;
              }
              xhr.response.text().then(function(text){
                var message=text;
                try{var answer=JSON.parse(text);message=answer.error.message+' ['+answer.error.code+']'}catch(ignored){}
                failed(message);
              });
            };
            xhr.send(new FormData(form));
          });
        });
        })();
        """#
}
