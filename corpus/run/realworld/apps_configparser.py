# features: [realworld, stdlib-configparser]
# stages: [run]
# flags: [needs-stdlib]
import configparser, io

INI = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no

[paths]
home = /home/user
data = ${home}/data
log = %(home)s/log
"""
cfg = configparser.ConfigParser()
cfg.read_string(INI)
print(cfg.sections())
print(cfg['bitbucket.org']['User'], cfg['bitbucket.org']['Compression'])
top = cfg['topsecret.server.com']
print(top.getint('Port'), top.getboolean('ForwardX11'), top.getboolean('Compression'))
print(cfg.getint('topsecret.server.com', 'CompressionLevel'))
print(cfg.get('paths', 'log'))
print(cfg.get('paths', 'data'))
print(list(cfg['bitbucket.org'].keys()))
print('Port' in top, 'nope' in cfg)
print(cfg.get('bitbucket.org', 'missing', fallback='fb'))
try:
    cfg.get('nosection', 'x')
except configparser.NoSectionError as e:
    print(type(e).__name__, e)
try:
    cfg.get('bitbucket.org', 'x')
except configparser.NoOptionError as e:
    print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(INI)
print(ext.get('paths', 'data'))
cfg['new'] = {'a': '1', 'b': 'two'}
cfg.set('new', 'c', 'x%%y')
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
try:
    configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print(e)
try:
    configparser.ConfigParser().read_string("no header\n")
except configparser.MissingSectionHeaderError as e:
    print(e)
